/*! Qazaq Explainer embed loader: puts the widget into a news page. See README.md, "Embed it".
 *
 * Each widget lives in a shadow root, so the host page's CSS cannot reach it and its CSS
 * cannot leak out. Nothing heavy happens until a widget is near the viewport; the module and
 * content are fetched once however many widgets the page has. Errors stay inside the widget
 * and the console: this script never throws into the host page. Widgets go only where they
 * are asked for (a `.qazaq-explainer` element, or after a script with options), and only the
 * bundle's own standalone page (index.html) keeps the view in its URL hash.
 *
 * The build (scripts/build-embed) fills in MANIFEST with the content-hashed file names; every
 * URL resolves against this script's own address, so the bundle can live on any CDN path.
 */
(() => {
  'use strict';
  const MANIFEST = __QE_MANIFEST__;
  const KEY = Symbol.for('qazaq-explainer');
  const script = document.currentScript;
  const base = new URL('.', (script && script.src) || location.href);
  const at = (file) => new URL(file, base).href;
  const warn = (msg) => console.warn(`Qazaq Explainer: ${msg}`);
  // Shared by every copy of this script on the page.
  const shared = (window[KEY] = window[KEY] || { seen: new WeakSet(), listening: false });

  // What failed, and where to go instead (a kiosk has nowhere to go: it tries again).
  const FAILED = {
    kk: ['Интерактивті түсіндірме жүктелмеді.', 'Оны жеке бетте ашыңыз.', 'Қайта жүктеп көреміз…'],
    ru: ['Не удалось загрузить интерактивный материал.', 'Откройте его на отдельной странице.', 'Пробуем снова…'],
    en: ['The interactive explainer could not be loaded.', 'Open it on its own page.', 'Trying again…'],
  };
  // Every fetch of the widget ends within this many seconds, answer and body together (the
  // widget's own fetches too: src/net.rs), so a server that never answers or trickles bytes
  // gives this message instead of "Loading…" for ever.
  const DEADLINE_S = 20;
  const LATE = {
    kk: (f) => `${f} файлы ${DEADLINE_S} секунд ішінде жүктелмеді.`,
    ru: (f) => `Файл ${f} не загрузился за ${DEADLINE_S} с.`,
    en: (f) => `${f} did not load within ${DEADLINE_S} s.`,
  };
  const within = (url, work) => {
    const ctl = new AbortController();
    let timer;
    const late = new Promise((_, no) => {
      timer = setTimeout(() => {
        const e = new Error(`${url} did not load within ${DEADLINE_S} s`);
        e.name = 'TimeoutError';
        e.url = url;
        ctl.abort(e);
        no(e);
      }, DEADLINE_S * 1000);
    });
    return Promise.race([work(ctl.signal), late]).finally(() => clearTimeout(timer));
  };
  // A kiosk whose boot fails tries again after 1, 2, 4 … seconds, then every minute.
  const BACKOFF_S = [1, 2, 4, 8, 16, 32, 60];
  // An IntersectionObserver reports each element once as soon as it observes it; if it has
  // said nothing after this long, it is broken, and the widget starts anyway.
  const OBSERVER_MS = 3000;

  // Before the widget draws, it reserves the height it will take, so the page does not jump.
  // The table, made by scripts/measure-embed-heights.mjs from the built-in content (rerun it
  // after layout or content changes), holds rows of heights at the widths of `w`, per
  // language; an embed's height is the sum of the rows its options pick (see reserve).
  // <heights>
  const HEIGHTS = {"q":4,"w":[320,340,360,375,390,400,401,420,421,432,433,452,453,480,512,513,592,593,671,672,680,731,732,791,792,931,932,1100,1280],
    "aw":[375,680,1100],
    "kk":{"map":[327,-9,-12,2,-8,-3,0,3,1,1,-3,-16,11,-3,-9,0,-5,25,-6,0,1,7,1,-4,20,-28,0,-10,4],
    "map1":[327,-9,-12,2,-8,-3,0,3,1,1,-3,-16,11,-3,-9,0,-5,25,-6,0,1,7,1,-4,0,-2,0,12,16],
    "table":[588,-4,-5,0,-10,0,0,0,2,0,0,0,11,-8,-9,154,-4,0,-7,0,0,0,0,-12,0,-5,0,-12,-110],
    "list":[388,-10,-5,0,-10,0,0,0,2,-5,0,0,5,-8,-4,0,-12,25,-18,-20,0,0,0,-12,18,-8,-17,-5,-18],
    "pair":[829,-38,-33,-28,-23,-20,0,-6,2,-12,0,-20,1,-28,-16,0,-60,25,-52,-20,0,-23,61,-31,-6,-41,91,-70,-64],
    "inline":[-104,20,-18,6,0,5,0,0,0,0,0,8,0,11,7,0,-11,0,5,0,1,5,4,16,0,6,-37,21,16],
    "tabs2":[14,0,0,0,0,0,0,0,0,0,0,0,0,-14,0,0,0,0,0,0,0,0,0,15,0,-15,0,7,-7],
    "tabs3":[25,0,0,-11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-14,0,7,0,0,0,8,-8],"none":[114,-4,-5,0,-10,0,0,0,2,0,0,0,10,-7,-4,0,-5,0,-7,0,0,0,0,-12,0,0,0,-12],
    "x:n":[438,-50,1,-10,-10,-4,0,-10,-1,-4,0,-9,0,-27,-22,0,-24,0,-23,0,26,-9,0,-15,0,-21,0,-47,-14],
    "x:r":[502,-87,-27,1,2,-4,0,-3,-1,1,0,-17,0,-19,-5,0,-16,0,-14,0,-48,-15,0,-3,0,-13,0,-6,10],
    "x:t":[824,-45,-47,-35,0,-5,0,-25,21,-21,0,-24,0,-55,-9,0,-72,0,-39,0,0,-16,0,-9],
    "x:nr":[941,-139,-25,-8,-9,-8,0,-13,-1,-4,0,-26,0,-46,-27,0,-40,0,-37,0,-22,-24,0,-18,0,-34,0,-53,-5],
    "x:nt":[1262,-95,-46,-45,-10,-9,0,-35,20,-25,0,-33,0,-82,-31,0,-96,0,-62,0,26,-25,0,-24,0,-21,0,-47,-14],
    "x:rt":[1326,-132,-74,-34,2,-9,0,-28,20,-20,0,-40,0,-75,-13,0,-89,0,-53,0,-48,-31,0,-12,0,-13,0,-6,10],
    "x:nrt":[1765,-183,-73,-44,-8,-13,0,-38,19,-24,0,-50,0,-101,-36,0,-112,0,-76,0,-22,-40,0,-27,0,-34,0,-53,-5],
    "m:events":[0,2,3,-5,0,0,0,0,0,0,0,5,0,0,-5,0,7,0,-2,0,-5,0,0,0,5,-5],
    "m:proposals":[-5,7,-5,0,0,5,0,0,0,0,0,5,0,-5,0,0,6,0,5,0,-5,0,0,0,-1,-10,0,11],
    "m:attendance":[33,2,3,-5,0,-6,0,0,0,0,0,-7,0,0,-5,0,2,0,10,0,0,-10,0,0,16,-23,0,7,-7],
    "m:parties":[-28,7,6,0,0,0,0,-8,0,0,0,0,0,-5,5,0,7,0,5,0,0,0,0,0,-6,-6,0,12,5],
    "r:*":[172,-4,-5,0,-9,0,0,0,0,-6,0,-5,0,0,-9,0,-6,0,-9,0,0,0,0,0,-119],
    "r:KZ-11":[171,-4,-5,0,-4,0,0,-5,0,-6,0,0,0,-9,-5,0,-6,0,-9,0,0,0,0,0,-118],
    "r:KZ-15":[263,-6,0,-10,-19,0,0,-4,0,0,0,-11,0,-10,0,0,-11,0,-10,0,0,0,0,-10,-164,28,0,-2,-3],
    "r:KZ-19":[193,-4,-5,0,-9,0,0,-5,0,-10,0,0,0,0,-5,0,-20,0,-5,0,0,0,0,0,-130],
    "r:KZ-23":[188,-9,-5,0,-9,0,0,0,0,-6,0,-4,0,0,-5,0,-15,0,-10,0,0,0,0,0,-125],
    "r:KZ-27":[406,-41,-11,-11,-11,-5,0,-9,5,-11,0,-10,0,-6,-9,0,-22,0,-17,0,-5,-5,0,-5,-128,29,-1,-2,-3],
    "r:KZ-31":[320,-25,-5,-6,-5,-11,0,-16,11,-11,0,0,0,-6,-9,0,-23,0,-10,0,0,-11,0,-6,-146,28,0,-2,-3],
    "r:KZ-33":[212,-5,-4,0,-14,0,0,0,0,-6,-5,0,0,0,-14,0,-15,0,-5,0,0,-9,0,0,-135],
    "r:KZ-35":[173,-8,0,-9,-5,0,0,-5,0,0,0,-5,0,0,-4,0,-15,0,-5,0,0,0,0,-9,-108],
    "r:KZ-39":[282,-14,-19,0,-14,0,0,0,0,-6,0,-9,0,0,-18,-5,-11,0,-9,0,0,-4,0,-5,-168,28,0,-2,-4],
    "r:KZ-43":[261,-25,-4,-11,0,-6,0,-6,6,-6,0,0,0,-6,-10,-6,-17,0,0,0,-5,0,0,0,-165,11,0,-2,-3],
    "r:KZ-47":[205,-23,-10,-4,0,-5,0,0,0,0,0,-4,0,0,-10,0,-15,0,-5,0,-4,0,0,0,-125],
    "r:KZ-55":[395,-37,-14,0,-11,-6,0,-5,0,0,0,-11,0,-5,-15,0,-26,0,-6,0,0,0,0,-4,-161,29,0,-2,-4],
    "r:KZ-59":[230,-25,-4,-5,-4,0,0,-5,0,-6,0,-8,0,-5,-4,0,-16,0,-9,0,0,0,0,-4,-135],
    "r:KZ-61":[303,-15,-9,-5,0,-6,0,-23,5,-5,0,-4,0,-5,-5,0,-21,0,0,0,0,-11,0,-9,-161,29,0,-2,-4],
    "r:KZ-62":[198,0,-5,0,-18,0,0,0,0,0,0,-11,0,0,0,0,-6,0,-4,0,0,-5,0,-6,-143],
    "r:KZ-63":[194,-10,-20,0,0,0,0,-9,9,-13,0,-5,0,0,0,0,-20,0,-5,0,0,0,0,0,-121],
    "r:KZ-71":[218,-6,0,-28,0,-5,0,0,0,0,0,0,0,0,-4,0,-11,0,0,0,0,-5,0,-5,-154],
    "r:KZ-75":[164,-19,0,-6,-4,0,0,-5,0,0,0,-5,0,0,0,0,-10,0,0,0,0,-5,0,0,-110],
    "r:KZ-79":[359,-24,-16,-6,-10,-6,-5,0,0,0,0,-22,0,0,-16,0,-16,0,-6,0,-6,-10,0,-11,-135,28,0,-2,-3],
    "p:*":[286,-9,-9,0,-20,0,0,0,2,-6,0,-4,11,-8,-14,0,-10,0,-17,0,0,0,0,-11,0,-10,0,-17,-5]},
  "a":{"preamble":[175,107,50],"o1-n1+n3":[201,109,59],"o2-n2":[262,171,75],"o3-n4":[217,115,45],"o4-n5":[508,273,194],"o5-n6":[437,236,170],"n7":[-107,-59,-75],"o6-n8":[134,78,18],"o7-n9":[-36,-24,-70],"o8-n10":[-60,-36,-76],"o9-n11":[-169,-97,-132],"o13-n12":[-4,8,-45],"o10-n13":[171,83,30],"o11-n14":[-67,-36,-76],"o12-n15":[284,171,83],"o14-n16":[-23,-11,-70],"o15-n17":[-105,-42,-95],"o16-n18":[123,76,11],"o77-n19+n78":[602,357,276],"o17-n20":[-23,-3,-61],"o18-n21":[242,130,67],"o19-n22":[-67,-36,-82],"o20-n23":[243,144,76],"o21-n24":[-9,-10,-61],"o22-n25":[-74,-49,-82],"o23-n26":[101,51,-2],"o24-n27":[182,101,50],"o25-n28":[28,8,-31],"o26-n29":[79,46,-6],"o27-n30":[-42,-5,-76],"o28-n31":[-16,-10,-63],"o29-n32":[-3,2,-50],"o30-n33":[89,52,-5],"o32-n34":[0,0,-52],"o33-n35":[361,192,141],"o34-n36":[-126,-78,-119],"o31+o38-n37":[18,11,-47],"o35-n38":[-201,-123,-157],"o36-n39":[-174,-97,-144],"o37-n40":[-194,-110,-150],"o39-n41":[139,83,18],"o40-n42":[104,59,-6],"o41-n43":[550,313,224],"o42-n44":[549,298,216],"o43-n45":[-41,-27,-55],"o44-n46":[2181,1179,1050],"o45-n47":[171,97,27],"o46-n48":[70,40,-21],"n49":[-15,-3,0],"o47-n50":[852,448,345],"o48-n51":[519,274,275],"o49-n52":[66,40,-7],"o50-n53":[140,92,95],"o51-n54":[318,188,178],"o52-n55":[868,497,437],"o53+o54+o55+o56+o57-n56":[2311,1293,1381],"o58-n57":[495,300,233],"o59-n58":[384,212,140],"o60-n59":[-23,-11,-50],"o61-n60":[1635,905,878],"o62-n61":[391,227,217],"o63-n62":[90,40,-24],"o64-n63":[30,29,-18],"o65-n64":[-110,-59,-118],"o66-n65":[415,237,196],"o67-n66":[17,35,-18],"o68-n67":[42,12,-30],"o69-n68":[-22,-4,-56],"o70-n69":[298,170,103],"n70":[-118,-64,-87],"n71":[-105,-58,-61],"o71-n72":[558,325,230],"o72-n73":[715,406,293],"o73-n74":[150,88,46],"o74-n75":[263,138,78],"o75-n76":[68,48,-6],"o76-n77":[92,46,-12],"o78-n79":[-39,-37,-72],"o79-n80":[221,137,71],"o80-n81":[-174,-104,-144],"o81-n82":[-70,-41,-63],"o82-n83":[198,117,46],"o83-n84":[360,209,132],"o83-1-n85":[252,151,73],"o84":[-379,-222,-178],"n86":[-137,-70,-87],"o85-n87":[-206,-123,-157],"o86-n88":[509,298,218],"o87-n89":[828,470,365],"o88-n90":[29,5,-30],"o89-n91":[47,31,-30],"o91-n92+n93":[649,356,383],"o92":[172,103,196],"o93":[-161,-84,-87],"o94":[54,44,122],"o94-1":[-125,-58,-57],"o94-2":[-156,-77,-76],"o95":[-101,-52,-38],"o96":[-186,-96,-101],"o97":[-148,-77,-68],"o98":[-106,-53,-43],"o99":[44,40,80],"o90-n94":[9,2,-38],"n95":[300,167,279],"n96":[20,25,29]},
  "ru":{"map":[0,-10,6,-18,4,5,0,-5,0,1,-6,14,0,-5,9,1,9,0,-10,1,0,-5,-1,6,4,-12,0,8,4],
    "map1":[0,-10,6,-18,4,5,0,-5,0,1,-6,14,0,-5,9,1,9,0,-10,1,0,-5,-1,6,0,-8,0,12],
    "table":[-48,-1,5,-4,4,0,0,-5,0,0,0,0,0,1,-1,-38,4,0,-1,0,0,-4,0,5,0,-12,0,12,31],
    "list":[-10,10,0,-4,4,0,0,-5,0,5,0,-5,0,1,-1,0,12,-13,6,0,0,-5,0,5,0,-4,-1,-8,13],
    "pair":[-55,10,-2,1,2,14,0,-10,6,6,-6,-13,4,-1,-1,0,20,-13,22,0,0,-4,14,-4,6,-4,21,-29,12],
    "inline":[-18,-9,14,-6,13,-5,0,5,7,-7,0,-8,0,0,0,0,12,0,8,0,-7,0,2,-17,6,9,-1,9,5],
    "tabs2":[0,0,0,0,0,0,0,0,0,0,0,0,0,14,-14,0,0,0,0,0,0,0,0,-8,0,23,0,-22,7],
    "tabs3":[0,0,-11,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-14,14,0,0,0,8,0,-8,-7],"none":[-9,4,5,-4,4,0,0,-5,0,0,0,0,1,0,-1,0,5,0,0,0,0,-5,0,5,0,-12,0,12],
    "x:n":[5,23,-25,5,5,-5,0,2,0,0,0,2,0,-9,9,0,-3,0,-13,0,11,-5,0,6,0,-1,0,-11,5],
    "x:r":[10,10,-3,-4,-16,5,0,-24,15,-26,0,12,0,19,24,0,-20,0,-15,0,23,-4,0,-6,0,6,0,0,20],
    "x:t":[40,-20,16,-6,-27,-1,0,1,-21,21,0,-3,-4,43,-37,0,14,0,-4,0,-4,1,0,-10,-5],
    "x:nr":[14,35,-29,0,-10,1,0,-24,15,-26,0,15,0,9,34,0,-24,1,-28,0,34,-9,0,0,0,5,0,-11,25],
    "x:nt":[45,3,-9,-1,-22,-5,0,2,-21,21,0,-1,-5,34,-27,0,11,0,-17,0,7,-4,0,-4,-5,-1,0,-11,5],
    "x:rt":[50,-10,13,-11,-42,4,0,-23,-6,-5,0,8,-5,64,-14,0,-5,0,-18,0,18,-3,0,-16,-5,6,0,0,20],
    "x:nrt":[54,14,-12,-6,-37,0,0,-23,-5,-5,0,11,-5,53,-3,0,-10,0,-30,0,29,-9,1,-10,-5,5,0,-11,25],
    "m:events":[0,10,-5,5,-5,0,0,0,0,0,5,-10,0,-5,5,0,0,0,0,0,5,0,0,-5,0,0,0,5,-5],
    "m:proposals":[-4,4,5,0,-5,-5,0,0,0,0,5,-5,0,0,0,0,1,0,9,0,5,-10,0,0,-5,5,0,0,-5],
    "m:attendance":[0,10,-10,-6,0,6,0,0,0,0,6,-1,0,-5],
    "m:parties":[1,10,-6,-5,0,0,0,0,0,0,6,0,0,4,-5,0,-5,0,5,-5,0,0,0,0,0,18,0,-18],
    "r:*":[30,-2,-8,-6,4,0,-5,0,0,6,0,1,0,-5,-1,0,1,0,-6,0,0,-5,0,0,-4],
    "r:KZ-11":[20,-2,-9,-9,-1,0,-5,5,0,6,0,-4,0,9,-10,0,6,0,-1,0,0,-5],
    "r:KZ-15":[30,-8,-5,-13,15,-11,0,-1,0,0,0,11,0,10,-20,0,1,0,5,0,0,-10,0,5,8,0,0,5,-5],
    "r:KZ-19":[57,-7,-12,-11,5,0,-5,1,4,6,0,-14,0,0,-6,0,11,0,-15,0,0,-5,0,0,-9,1,0,3,-4],
    "r:KZ-23":[25,-2,-8,-10,9,0,-4,0,0,6,0,-6,0,0,-5,0,5,0,0,0,0,-5,0,0,-5],
    "r:KZ-27":[7,16,-5,-5,-1,-11,0,9,-5,6,0,5,0,-6,-5,0,-4,0,6,0,-1,-6,0,1,17,-1,1,5,-5],
    "r:KZ-31":[8,6,-4,-5,5,0,0,1,-5,5,0,-10,0,0,-2,0,2,0,4,0,0,6,0,-10,9,0,0,5,-5],
    "r:KZ-33":[17,-6,-5,-11,14,-9,-5,0,0,6,5,-4,0,0,3,0,1,0,-6,0,0,0,0,-5,5],
    "r:KZ-35":[-28,4,-5,9,0,-3,0,5,0,0,0,0,0,-10,4,0,10,0,0,0,0,0,0,9,5],
    "r:KZ-39":[-7,3,10,-10,10,-5,-9,-5,0,6,0,4,0,-4,3,5,-4,0,-1,0,0,-5,0,5,9,1,0,4,-4],
    "r:KZ-43":[18,1,4,-1,0,-4,0,-3,-1,1,0,-5,0,0,4,1,-5,0,0,0,0,0,0,-5,1,17,0,4,-5],
    "r:KZ-47":[-42,13,10,4,-8,5,0,0,0,0,0,-6,0,0,0,0,10,0,5,0,4,-4,0,-5,14],
    "r:KZ-55":[23,6,-2,-4,7,-5,0,-16,10,-10,0,7,0,0,-2,0,12,0,-11,0,0,-9,0,-1,23,-1,0,4,-4],
    "r:KZ-59":[12,10,-5,-7,-1,-5,-4,5,0,6,0,-1,0,1,-16,0,11,0,-6,0,0,-4,0,4],
    "r:KZ-61":[-28,5,-6,-1,-3,-8,0,23,-5,5,0,-1,0,-11,0,0,16,0,-4,0,0,5,0,9,-24,-1,0,4,-4],
    "r:KZ-62":[14,-5,0,-13,13,0,0,0,0,0,0,5,0,-10,0,-5,6,0,-1,0,0,5,0,1,-10],
    "r:KZ-63":[-23,5,15,-5,-10,0,0,9,-9,13,0,5,0,-5,-14,0,20,0,-5,0,0,0,0,0,4],
    "r:KZ-71":[-14,6,-28,28,0,5,0,0,0,-5,0,-5,0,0,-2,0,11,0,-5,0,0,5,0,0,4],
    "r:KZ-75":[-33,19,-5,6,-1,0,0,5,0,0,0,0,0,0,-6,0,6,0,0,0,0,5,0,0,4],
    "r:KZ-79":[17,-6,0,0,4,-4,5,0,0,-10,0,6,0,-5,-1,0,0,0,-5,0,6,5,0,-6,5,0,0,4,-5],
    "p:*":[21,3,-4,-11,9,0,-4,-5,0,6,0,0,-1,-3,-1,0,5,0,-5,0,0,-10,0,4,0,-6,0,12,-5]},
  "en":{"map":[-31,1,1,-13,10,-1,0,-5,0,0,0,14,-1,2,2,0,4,0,-10,0,1,-7,-1,5,-30,25,1,16,5],
    "map1":[-31,1,1,-13,10,-1,0,-5,0,0,0,14,-1,2,2,0,4,0,-10,0,1,-7,-1,5,0,13,0,7,-11],
    "table":[-57,-7,-4,0,10,-6,0,0,0,0,0,0,-2,4,1,-66,4,0,-7,0,0,-7,0,5,0,5,0,-34,60],
    "list":[-15,4,-4,-5,10,0,0,0,0,5,0,0,-7,3,4,0,0,-13,9,0,0,-7,0,12,-1,-12,-1,0,14],
    "pair":[-97,5,-6,7,13,13,-6,0,6,6,0,-2,-4,12,-1,-5,17,-13,16,0,0,4,9,9,6,-8,4,-9,14],
    "inline":[104,-20,18,-6,0,-5,0,0,0,0,0,-8,0,-11,-7,0,11,0,-5,0,-1,-5,-6,11,0,-12,15,7,-17],
    "tabs2":[0,0,0,0,0,0,0,0,0,0,0,0,-14,14,0,0,0,0,0,0,0,7,0,-7,0,0,0,-7,10],
    "tabs3":[-11,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-14,0,0,21,0,1,0,0,0,-23,11],"none":[-9,-2,-4,0,10,-6,0,0,0,0,0,0,0,2,-3,0,5,0,-2,0,0,-7,0,4,0,0,0,12,-7],
    "x:n":[-16,2,-10,2,-5,-6,0,-3,5,0,0,4,0,4,4,0,-9,0,9,0,11,-11,0,1,0,20,-5,-1],
    "x:r":[-23,-10,10,-16,-11,0,0,-5,0,-5,0,8,0,4,28,0,-9,0,-30,0,43,7,0,-10,0,-7,0,6,15],
    "x:t":[-93,6,32,35,-35,-22,-6,-6,-11,11,0,2,0,46,-12,0,17,0,11,0,0,-5,-4,-28],
    "x:nr":[-40,-6,-1,-15,-14,-7,0,-8,5,-5,0,12,0,7,33,0,-18,0,-21,0,54,-4,0,-9,0,13,-5,5,16],
    "x:nt":[-109,8,23,36,-40,-28,-6,-10,-5,11,0,6,0,49,-7,0,8,0,20,0,10,-15,-4,-27,0,20,-5,-1,-1],
    "x:rt":[-116,-4,42,19,-46,-22,-6,-11,-10,5,0,9,0,51,15,0,9,0,-19,0,43,2,-4,-38,0,-7,0,6,15],
    "x:nrt":[-133,0,32,20,-51,-28,-6,-14,-5,5,0,14,0,53,21,0,-1,0,-11,0,55,-8,-5,-37,0,13,-5,5,16],
    "m:events":[7,-9,-3,5,0,0,0,0,0,0,0,-5,0,0,10,0,-5,0,-5,0,5,0,0,0,-5,12,0,-7],
    "m:proposals":[7,-7,5,0,-5,-5,0,4,0,0,0,-5,0,5,0,0,1,0,-10,0,5,0,0,0,12,4,0,-16,5],
    "m:attendance":[2,-10,-3,5,-5,6,0,0,0,0,0,0,0,-5,10,0,0,0,-10,0,0,10,0,-7,9,10,0,-12,-5],
    "m:parties":[13,-7,-1,-5,-8,0,0,8,0,0,0,0,0,5,0,0,0,0,-5,0,0,0,0,0,7,5,0,-12],
    "r:*":[0,-1,-5,-5,9,-5,0,-4,0,6,0,5,0,-5,9,0,-4,0,0,0,0,0,0,-5,5],
    "r:KZ-11":[9,4,-5,-14,4,0,0,0,0,6,0,-4,0,4,5,0,-9,0,5,0,0,0,0,-5],
    "r:KZ-15":[2,-8,-9,4,19,-15,0,4,0,0,0,0,0,6,-5,0,6,0,0,0,0,-5,0,10,24,-26,0,-4,-14],
    "r:KZ-19":[18,-1,-10,-4,9,0,0,-14,14,-4,0,0,0,-9,5,0,5,0,0,0,0,-4,0,-5],
    "r:KZ-23":[4,5,-6,-4,9,-5,0,-9,5,1,0,4,0,-5,1,0,-1,0,6,0,0,-5],
    "r:KZ-27":[-21,31,-10,5,2,-12,0,-1,1,-6,0,10,0,-4,4,0,-5,-5,11,0,5,0,0,-6,48,-26,0,-4,-13],
    "r:KZ-31":[-17,15,-4,0,5,-7,0,1,0,0,0,-5,0,1,9,0,-3,0,4,0,0,5,0,-3,40,-26,0,-4,-13],
    "r:KZ-33":[9,0,-11,-9,14,0,0,-19,14,-8,5,0,0,-5,10,0,0,0,-5,0,0,9,0,-4,0,2,0,-2],
    "r:KZ-35":[-8,-1,-5,3,1,0,0,0,0,0,0,0,0,-4,4,0,10,0,1,0,0,-10,0,9],
    "r:KZ-39":[-11,5,4,-14,14,-4,0,-5,0,6,-4,4,0,-9,18,5,-9,0,-5,0,0,-5,0,5,51,-26,0,-4,-13],
    "r:KZ-43":[-10,20,-7,5,0,-5,0,-10,5,-5,0,0,0,1,10,0,6,0,-5,0,-1,0,0,-5,35,-9,0,-4,-14],
    "r:KZ-47":[-28,18,1,4,-4,-1,0,-5,5,-10,0,4,0,-4,10,0,5,0,1,0,4,-5,0,-5,10],
    "r:KZ-55":[-24,37,-6,0,2,-6,0,-5,0,0,0,6,0,-6,0,0,21,0,-14,0,0,0,0,-1,52,-27,0,-4,-13],
    "r:KZ-59":[-11,25,-16,1,-1,-8,0,-5,5,1,0,8,0,-4,4,0,1,0,0,0,0,-5,0,4,1],
    "r:KZ-61":[-25,6,-2,-19,-4,6,0,18,0,0,0,-2,0,-4,5,0,16,0,-11,0,-4,6,0,9,33,-27,0,-4,-13],
    "r:KZ-62":[4,-13,5,-11,13,-5,0,0,0,0,0,6,0,0,0,0,1,0,4,0,-5,0,0,6,-5],
    "r:KZ-63":[-26,6,10,-4,-4,-6,0,9,-9,13,0,5,0,-4,-5,0,10,0,5],
    "r:KZ-71":[-28,6,0,23,0,-7,0,0,0,0,0,-4,0,0,-1,0,11,0,-5,0,-5,5,0,5],
    "r:KZ-75":[-25,10,0,6,-1,-5,0,5,0,0,0,5,0,0,-5,0,10,0,-5,0,0,5],
    "r:KZ-79":[-9,18,-4,0,-2,0,5,-9,5,-5,0,6,0,-6,5,0,0,0,-4,0,6,4,0,1,41,-26,0,-4,-13],
    "p:*":[-9,-2,-10,-5,20,-11,0,-4,0,6,0,4,-2,-1,7,0,0,0,-2,0,0,-7,0,-1,0,5,0,12,-7]}};
  // </heights>
  const VIEWS = ['map', 'table', 'compare'];
  const SECTIONS = ['map', 'panel', 'table', 'national', 'result', 'timeline', 'compare'];
  // What the widget will show and where it starts, read as src/embed.rs reads the options.
  const reserve = (get, lang, width) => {
    const v = get('view');
    let s = (get('sections') || '').split(',').map((x) => x.trim()).filter((x) => SECTIONS.includes(x));
    if (!s.length) s = v === 'map' || v === 'table' ? SECTIONS.slice(0, 3) : v === 'compare' ? ['compare'] : SECTIONS;
    const has = (x) => s.includes(x);
    const region = get('region');
    if (has('panel') && !has('map') && !has('table') && !region) s.push('map');
    const shows = { map: has('map') || (has('panel') && !has('table')), table: has('table'), compare: has('compare') };
    const views = VIEWS.filter((x) => shows[x]);
    const start = VIEWS.includes(v) && shows[v] ? v : !VIEWS.includes(v) && get('article') && shows.compare ? 'compare' : views[0];
    const { q, w, kk, aw, a } = HEIGHTS;
    const t = HEIGHTS[lang] || kk;
    const x = width || 640;
    // f between the values f(n) at the widths ws, clamped to the first and the last.
    const lerp = (ws, f, y) => {
      const k = ws.findIndex((z) => z >= y);
      const j = k < 0 ? ws.length - 1 : Math.max(1, k);
      return f(j - 1) + (f(j) - f(j - 1)) * Math.max(0, Math.min(1, (y - ws[j - 1]) / (ws[j] - ws[j - 1])));
    };
    // Rows are stored as differences (see the script): sum them up to a width.
    const sum = (r, n) => (r || []).slice(0, n + 1).reduce((m, d) => m + d, 0);
    // A row's height at width y, interpolated; 0 for a row the table does not have.
    const row = (name, fallback, y = x) => {
      const k = name in kk || name in t ? name : fallback;
      return q * lerp(w, (n) => sum(kk[k], n) + (t === kk ? 0 : sum(t[k], n)), y);
    };
    const context = start !== 'compare' || views.every((y) => y === 'compare') ? 'nrt'.split('').filter((c, j) => has(SECTIONS[3 + j])).join('') : '';
    let h = views.length > 1 ? row(`tabs${views.length}`) : 0;
    h += context ? row(`x:${context}`) : 0;
    if (start === 'map' && has('map')) {
      h += row(has('panel') ? 'map' : 'map1') + row(`m:${get('metric')}`);
      if (region && has('panel')) h += row(`r:${region}`, 'r:*');
    } else if (start === 'map' && region) {
      // A panel alone: the typical one, plus what this unit's adds where the panel is under the
      // map (below 792 px; wider, the panel sits beside it).
      const y = Math.min(x, 791);
      h += row('p:*') + row(`r:${region}`, 'r:*', y) - row('r:*', 0, y);
    }
    else if (start === 'table') {
      h += row('table');
      // A unit's panel under a table without the map: the panel alone, less the chrome it
      // shares with the table.
      if (region && has('panel') && !shows.map) {
        const y = Math.min(x, 791);
        h += row('p:*') + row(`r:${region}`, 'r:*', y) - row('r:*', 0, y) - row('none');
      }
    }
    else if (start === 'compare') h += get('article') ? row('pair') + (a[get('article')] ? q * lerp(aw, (n) => a[get('article')][n], x) : 0) + (get('mode') === 'inline' ? row('inline') : 0) : row('list');
    else h += row('none');
    return Math.round(h);
  };

  const options = (el) => {
    const pairs = [];
    for (const a of el.attributes) {
      if (a.name.startsWith('data-') && !a.name.startsWith('data-qe-')) {
        pairs.push([a.name.slice(5), a.value]);
      }
    }
    if (!el.hasAttribute('data-qe-query')) return { pairs, prefix: 'data-' };
    // The iframe and kiosk pages: options in the query string, over the page's own.
    return { pairs: [...pairs, ...new URLSearchParams(location.search)], prefix: '?' };
  };

  // The static map linking to the standalone page: for browsers without WebAssembly or
  // shadow DOM, and when loading fails. The container may already hold it (the embed code).
  const fallback = (el, lang) => {
    if (el.querySelector('img, a')) return;
    const a = document.createElement('a');
    a.href = at('index.html');
    const img = document.createElement('img');
    img.src = at(`fallback/map-${lang}.svg`);
    img.alt = 'Qazaq Explainer: map of Kazakhstan’s regions. Open the interactive explainer.';
    img.width = 960;
    img.style.maxWidth = '100%';
    img.style.height = 'auto';
    a.append(img);
    el.append(a);
  };

  // Kiosk mode keeps working offline: the build's service worker (sw.js) caches the bundle. A
  // page can only register one of its own origin, so kiosks served with the bundle get it.
  const offline = () => {
    try {
      if (shared.sw || base.origin !== location.origin || !navigator.serviceWorker) return;
      shared.sw = navigator.serviceWorker
        .register(at('sw.js'), { scope: base.href })
        .catch((e) => warn(`no offline mode: ${e.message}`));
    } catch (e) {
      warn(`no offline mode: ${e.message}`);
    }
  };

  // The glue downloads while the wasm downloads and compiles (as its bytes arrive), each
  // within its deadline; a wasm that is missing or corrupt fails at once, not after the glue.
  const loadModule = () => {
    if (!shared.module) {
      const url = at(MANIFEST.wasm);
      const glue = within(at(MANIFEST.js), () => import(at(MANIFEST.js)));
      shared.module = within(url, async (signal) => {
        const compiled = fetch(url, { signal }).then((r) => {
          if (!r.ok) throw new Error(`${url} answered ${r.status}`);
          // Streaming needs the wasm MIME type; a server without it still works, a bit later.
          return /^application\/wasm\b/.test(r.headers.get('content-type') || '')
            ? WebAssembly.compileStreaming(r)
            : r.arrayBuffer().then((b) => WebAssembly.compile(b));
        });
        const [m, module] = await Promise.all([glue, compiled]);
        // The instance's exports, kept for diagnostics (scripts/soak-kiosk.mjs reads its memory).
        shared.wasm = await m.default({ module_or_path: module });
        return m;
      });
    }
    shared.module.catch(() => {
      shared.module = null;
    });
    return shared.module;
  };

  // The widget as the build drew it (scripts/prerender.mjs: the live widget's own markup,
  // taken once it settled), shown the moment it and the stylesheet are in, and replaced by the
  // live widget once that has drawn its map. Only for the options it was made with (the key:
  // the language and the other options but an iframe's id) and the width nearest the element's:
  // the map's labels are set in screen pixels for the width they were laid out at.
  // MANIFEST.first names the folder and the options and widths they were made for (the demo
  // page's: the plain page in Kazakh), so every file's name is known without a list of them.
  const firstFile = (pairs, lang, standalone, width) => {
    const { dir, o = [], w, demo } = MANIFEST.first || {};
    const rest = pairs.filter(([k]) => k !== 'lang' && k !== 'id').map(([k, v]) => `${k}=${v}`).sort().join('&');
    const widths = standalone ? (lang === 'kk' && !rest ? demo : null) : o.includes(rest) ? w : null;
    if (!dir || !widths || !(width > 0)) return null;
    const near = widths.reduce((b, x) => (Math.abs(x - width) < Math.abs(b - width) ? x : b));
    return `${dir}/${[standalone && 'demo', lang, rest.replace(/[=&]/g, '-'), near].filter(Boolean).join('-')}.html`;
  };
  // The live widget, drawn in the element the build's markup stands in for (that one is inert:
  // it takes no focus and no pointer, and leaves the accessibility tree to the live widget),
  // with its map's labels, which it draws once it has measured the map.
  const live = (mount) => mount.querySelector('[data-qe-ready="true"] svg .qe-labels');
  const firstPaint = (stack, mount, file, css) => {
    const url = at(file);
    return within(url, (signal) =>
      fetch(url, { signal, priority: 'high' }).then((r) => {
        if (!r.ok) throw new Error(`${url} answered ${r.status}`);
        return r.text();
      }),
    ).then(async (html) => {
      await css;
      if (live(mount) || stack.querySelector('.qe-failed')) return;
      // A template parses the markup without running anything in it (there is no script
      // in it anyway); a host page whose Trusted Types refuse the string simply gets no
      // early paint.
      const t = document.createElement('template');
      t.innerHTML = html;
      const first = document.createElement('div');
      first.className = 'qe-host qe-first';
      first.inert = true;
      first.append(t.content);
      // Before the live widget: styles/app.css hides what follows a first view.
      stack.prepend(first);
      // It has the height the live widget will have: the estimate is no longer needed.
      mount.style.minHeight = '';
      // Settled after the frame that paints it (a task queued from its animation frame).
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      performance.mark('qe:first-painted');
    });
  };
  // The build's markup goes the moment the live widget has its map (or fails), in the same
  // task, so no frame shows both or neither.
  const handOver = (stack, mount) => {
    const drop = () => {
      if (!live(mount) && !mount.querySelector('.qe-failed')) return false;
      for (const f of stack.querySelectorAll(':scope > .qe-first')) f.remove();
      return true;
    };
    if (drop()) return;
    const watch = new MutationObserver(() => drop() && watch.disconnect());
    watch.observe(mount, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-qe-ready'] });
  };

  const styles = (root) =>
    new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = at(MANIFEST.css);
      link.onload = link.onerror = resolve;
      root.append(link);
    });

  const start = (el) => {
    if (shared.seen.has(el)) return;
    shared.seen.add(el);
    const { pairs, prefix } = options(el);
    // The last value of an option counts, as in the widget.
    const get = (k) => (pairs.filter(([n]) => n === k).pop() || [])[1];
    // As the widget reads it (src/lang.rs): the option, else the page's language, else Kazakh.
    const langOf = (s) => ({ kk: 'kk', kz: 'kk', ru: 'ru', en: 'en' })[(s || '').trim().split(/[-_]/)[0].toLowerCase()];
    const lang = langOf(get('lang')) || langOf(document.documentElement.lang) || 'kk';
    // The last valid kiosk value counts, as in the widget: a bare attribute means on.
    let kiosk = false;
    for (const [k, v] of pairs) {
      const f = k === 'kiosk' && /^(?:(|true|1|yes|on)|false|0|no|off)$/i.exec(v.trim());
      if (f) kiosk = f[1] != null;
    }
    if (kiosk) offline();
    // The bundle's own demo page: the widget in the page itself (styled by the page), its view
    // in the URL hash. Nowhere else, whatever a host page's element says.
    const standalone = el.hasAttribute('data-qe-standalone') && new URL('.', location.href).href === base.href;
    if (typeof WebAssembly !== 'object' || (!standalone && !el.attachShadow)) {
      fallback(el, lang);
      return;
    }
    let mount = el;
    let css = null;
    let stack = null;
    // Settles once the build's first view, if there is one to fetch, has painted (or failed):
    // the module's first render, long on a slow phone, lets it paint first.
    let shown = null;
    if (!standalone) {
      let root;
      try {
        root = el.attachShadow({ mode: 'open' });
      } catch (e) {
        warn(`cannot attach to ${el.tagName.toLowerCase()}: ${e.message}`);
        fallback(el, lang);
        return;
      }
      css = styles(root);
      mount = document.createElement('div');
      mount.className = 'qe-host';
      // demo.js, the demo page's copy of this script, has no table.
      const width = el.getBoundingClientRect().width;
      if (HEIGHTS) mount.style.minHeight = `${reserve(get, lang, width)}px`;
      const file = !kiosk && firstFile(pairs, lang, false, width);
      if (file) {
        stack = document.createElement('div');
        stack.className = 'qe-stack';
        stack.append(mount);
        root.append(stack);
        shown = firstPaint(stack, mount, file, css).catch(() => {});
        handOver(stack, mount);
      } else {
        root.append(mount);
      }
    } else if (el.parentElement && el.parentElement.classList.contains('qe-stack')) {
      // The demo page: its markup for a phone is in the page (the build put it there), and
      // embed/first-off.js hid it before it painted if the reader's URL or screen asks for
      // another one.
      stack = el.parentElement;
      const inline = stack.querySelector(':scope > .qe-first');
      if (inline && (document.documentElement.hasAttribute('data-qe-first-off') || !inline.firstElementChild)) inline.remove();
      if (!stack.querySelector(':scope > .qe-first')) {
        const file = !location.hash.slice(1) && firstFile(pairs, lang, true, el.getBoundingClientRect().width);
        if (file) shown = firstPaint(stack, mount, file, null).catch(() => {});
      }
      handOver(stack, mount);
    }
    el.setAttribute('data-qe-state', 'waiting');
    // The reservation holds until the widget is ready and nothing in it is still loading (the
    // comparison's module): the text below moves only if the table is off.
    const loading = () => mount.querySelector('.qe > .qe-loading, .qe > :not([hidden]) .qe-loading');
    // The widget renders its first view just after the event, so look from the next frame on.
    const check = () => {
      if (!loading()) {
        settle.disconnect();
        mount.style.minHeight = '';
      }
    };
    const settle = new MutationObserver(check);
    el.addEventListener(
      'qazaq-explainer:ready',
      () => {
        el.setAttribute('data-qe-state', 'ready');
        requestAnimationFrame(() => requestAnimationFrame(() => {
          settle.observe(mount, { childList: true, subtree: true, attributes: true });
          check();
        }));
      },
      { once: true },
    );

    let tries = 0;
    let failure = null;
    const go = async () => {
      el.setAttribute('data-qe-state', 'loading');
      try {
        const [m] = await Promise.all([loadModule(), css]);
        // A first view still on its way holds the module back half a second at most.
        if (shown) await Promise.race([shown, new Promise((r) => setTimeout(r, 500))]);
        failure?.remove();
        m.mount(mount, pairs.map(([k]) => k), pairs.map(([, v]) => v), prefix, standalone);
      } catch (e) {
        console.error(`Qazaq Explainer: could not load the widget from ${base.href}:`, e);
        el.setAttribute('data-qe-state', 'failed');
        mount.style.minHeight = '';
        failure?.remove();
        const p = (failure = document.createElement('p'));
        p.className = 'qe-loading qe-failed';
        p.setAttribute('role', 'alert');
        const [msg, link, again] = FAILED[lang];
        p.textContent = e && e.name === 'TimeoutError' ? `${msg} ${LATE[lang](e.url)} ` : `${msg} `;
        if (kiosk) {
          // Unattended: no link to follow, and it keeps trying until the bundle comes back.
          p.append(again);
          setTimeout(go, BACKOFF_S[Math.min(tries++, BACKOFF_S.length - 1)] * 1000);
        } else {
          const a = document.createElement('a');
          a.href = at('index.html');
          a.textContent = link;
          p.append(a);
        }
        mount.append(p);
      }
    };
    // Heavy work only when the widget comes near the viewport (the demo page's is at the top).
    // One already there starts its downloads now, not a frame later when the observer reports.
    const r = el.getBoundingClientRect();
    const near = (r.width > 0 || r.height > 0) && r.top < innerHeight + 600 && r.bottom > -600;
    if (standalone || near) {
      go();
    } else if ('IntersectionObserver' in window) {
      let heard = false;
      const io = new IntersectionObserver(
        (entries) => {
          heard = true;
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            go();
          }
        },
        { rootMargin: '600px 0px' },
      );
      io.observe(el);
      setTimeout(() => {
        if (!heard) {
          warn('the IntersectionObserver never reported: starting the widget now');
          io.disconnect();
          go();
        }
      }, OBSERVER_MS);
    } else {
      go();
    }
  };

  // A script with options is an embed itself: the widget goes right after it.
  const own = () => {
    if (!script || script.hasAttribute('data-qe-done')) return;
    const attrs = [...script.attributes].filter((a) => a.name.startsWith('data-'));
    if (!attrs.length) return;
    script.setAttribute('data-qe-done', '');
    const el = document.createElement('div');
    el.className = 'qazaq-explainer';
    for (const a of attrs) el.setAttribute(a.name, a.value);
    el.removeAttribute('data-qe-done');
    script.after(el);
  };

  const scan = () => {
    for (const el of document.querySelectorAll('.qazaq-explainer')) start(el);
  };

  // In an iframe, tell the host page our height whenever it changes.
  const frame = () => {
    if (window.parent === window || shared.framed) return;
    shared.framed = true;
    const id = new URLSearchParams(location.search).get('id') || '';
    let last = 0;
    const post = () => {
      const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h !== last) {
        last = h;
        window.parent.postMessage({ type: 'qazaq-explainer:height', height: h, id }, '*');
      }
    };
    new ResizeObserver(post).observe(document.documentElement);
  };

  // On a host page, fit each of our iframes to the height it reports.
  const listen = () => {
    if (shared.listening) return;
    shared.listening = true;
    window.addEventListener('message', (e) => {
      const d = e.data;
      if (e.origin !== base.origin || !d || d.type !== 'qazaq-explainer:height') return;
      const h = Number(d.height);
      if (!(h > 0 && h < 20000)) return;
      for (const f of document.querySelectorAll('iframe')) {
        if (f.contentWindow === e.source) f.style.height = `${h}px`;
      }
    });
  };

  try {
    own();
    scan();
    frame();
    listen();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', scan, { once: true });
    }
  } catch (e) {
    console.error('Qazaq Explainer:', e);
  }
})();

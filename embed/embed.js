/*! Qazaq Explainer embed loader: puts the widget into a news page. See README.md, "Embed it".
 *
 * Each widget lives in a shadow root, so the host page's CSS cannot reach it and its CSS
 * cannot leak out. Nothing heavy happens until a widget is near the viewport; the module and
 * content are fetched once however many widgets the page has. Errors stay inside the widget
 * and the console: this script never throws into the host page.
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

  const FAILED = {
    kk: ['Интерактивті түсіндірме жүктелмеді.', 'Оны жеке бетте ашыңыз.'],
    ru: ['Не удалось загрузить интерактивный материал.', 'Откройте его на отдельной странице.'],
    en: ['The interactive explainer could not be loaded.', 'Open it on its own page.'],
  };

  // Before the widget draws, it reserves the height it will take, so the page does not jump.
  // The table, made by scripts/measure-embed-heights.mjs from the built-in content (rerun it
  // after layout or content changes), holds rows of heights at the widths of `w`, per
  // language; an embed's height is the sum of the rows its options pick (see reserve).
  // <heights>
  const HEIGHTS = {"q":4,"w":[320,340,360,375,390,420,421,452,453,480,592,593,632,633,671,672,680,731,732,791,792,931,932,1100,1280],
    "aw":[375,680,1100],
    "kk":{"map":[301,-4,-7,2,-9,-4,5,-23,11,-10,11,25,-4,0,-15,0,1,-6,0,1,16,-18,0,-16,19],
    "map1":[301,-4,-7,2,-9,-4,5,-23,11,-10,11,25,-4,0,-15,0,1,-6,0,1,0,8,0,17,7],
    "table":[670,0,0,0,-6,-5,2,-4,10,-7,-4,0,0,0,-8,0,0,-4,0,-7,0,-5,0,-67,-102],
    "list":[1810,-18,-25,-224,-9,-23,14,-25,11,-12,-21,25,-5,0,-20,-20,-5,-4,0,-8,18,-4,-1139,-8,-18],
    "pair":[925,-24,-63,-25,-17,-72,20,-54,11,-20,-109,25,-12,-6,-26,-20,-12,-18,35,-43,0,-37,136,-112,-70],
    "inline":[-154,13,0,2,24,-8,-11,37,0,-7,7,0,-4,0,12,0,7,-19,-42,30,0,18,-93,62,39],
    "tabs2":[14,0,0,0,0,0,0,0,0,-14,0,0,0,0,0,0,0,0,0,15,0,-15,0,7,-7],
    "tabs3":[25,0,0,-11,0,0,0,0,0,0,0,0,0,0,0,0,0,-14,0,7,0,0,0,8,-8],"none":[103,0,0,0,-6,-4,2,-5,11,-7,-5,0,0,0,-7,0,0,-5,0,-7,0,-4,0,-8],
    "x:n":[461,-16,-11,-38,-16,-10,0,-16,-5,-10,-35,0,-5,0,-20,0,-6,64,0,-44,0,-16,0,-36],
    "x:r":[259,0,-74,-24,-2,-5,0,0,0,0,-45,0,0,0,0,0,0,16,0,-16,0,2,0,-34],
    "x:t":[521,-36,-26,-16,-9,-16,16,-27,0,-31,-41,0,-10,0,-6,0,0,-21,0,0,0,-46,0,-15,-11],
    "x:nr":[719,-16,-84,-62,-18,-16,0,-15,-5,-10,-79,0,-5,0,-21,0,-6,80,0,-60,-22,-31,0,-6,-54],
    "x:nt":[981,-51,-38,-53,-25,-27,16,-42,-5,-41,-76,0,-15,0,-27,0,-5,43,0,-44,0,-61,0,-51,-12],
    "x:rt":[779,-35,-100,-41,-11,-21,16,-26,0,-31,-86,0,-10,0,-6,0,0,-5,0,-16,0,-44,0,-49,-12],
    "x:nrt":[1240,-52,-111,-78,-27,-32,17,-42,-5,-41,-121,0,-15,0,-26,0,-6,59,0,-60,-22,-77,0,-21,-65],
    "m:events":[-14,2,10,-5,0,0,0,5,0,0,-5,0,10,0,-5,0,-5,0,0,0,5,-5,0,0,7],
    "m:proposals":[-21,7,0,0,0,0,0,5,0,2,0,0,10,0,8,0,-18,0,0,0,-2,2,0,0,7],
    "m:attendance":[-7,7,10,-5,-7,0,0,5,0,2,-5,0,10,0,13,0,0,-25,0,0,5,-3,0,-2,2],
    "m:parties":[-26,7,5,0,0,0,0,0,0,2,0,0,10,0,8,0,-13,0,0,0,-2,-3,0,5,7],
    "r:*":[92,-6,0,-4,0,-5,0,0,0,0,-5,0,0,0,-5,0,0,-5,0,0,-62],
    "r:KZ-11":[76,0,-5,0,0,0,0,0,0,-5,-4,0,0,0,0,0,0,0,0,0,-62],
    "r:KZ-15":[258,-10,0,-21,0,-18,0,-6,0,0,-22,0,0,0,-5,0,0,0,0,-24,-123,14,0,8,-18],
    "r:KZ-27":[404,-35,-10,-12,-10,-15,5,-16,0,-6,-45,0,-17,0,0,0,0,-6,0,-5,-92,13,0,9,-19],
    "r:KZ-31":[304,-19,0,-11,-5,-23,12,-12,0,-6,-40,0,-6,0,0,0,0,-11,0,-6,-111,14,-1,9,-19],
    "r:KZ-35":[131,-8,-4,0,-6,0,0,-4,0,-10,0,0,-5,0,-5,0,0,0,0,-5,-84],
    "r:KZ-43":[260,-20,-3,-12,0,-11,6,-11,0,-6,-37,0,0,0,0,0,-6,0,0,0,-142,14,0,8,-18],
    "r:KZ-55":[386,-30,-6,0,-10,-12,0,-6,-4,-5,-55,0,-6,0,0,0,0,0,0,-4,-117,14,0,8,-18],
    "r:KZ-61":[223,-24,0,0,0,-11,5,-23,0,-6,-6,0,0,0,0,0,0,-10,0,-19,-129,0,0,2,-2],
    "r:KZ-62":[171,0,0,0,-5,-13,0,-11,0,-6,0,0,0,0,0,0,0,-19,0,-6,-111],
    "r:KZ-71":[230,0,0,-5,0,-23,0,0,0,0,-29,0,0,0,0,0,0,-5,0,0,-156,13,0,8,-18],
    "r:KZ-75":[139,-9,0,-5,0,-14,0,0,0,0,-15,0,0,0,0,0,0,0,0,0,-96],
    "r:KZ-79":[312,-18,-11,-6,-6,-6,0,-17,0,0,-41,0,-6,0,0,0,-6,-6,0,-6,-119,13,0,9,-19],
    "r:KZ-19":[44,0,0,0,0,0,0,-5,0,0,0,0,0,0,0,0,0,0,0,0,-39],
    "p:*":[197,-6,0,-4,-6,-10,2,-4,11,-8,-9,0,0,0,-12,0,0,-10,0,-7,0,-4,0,-8]},
  "a":{"o1-n1+n3":[-189,-88,-101],"o2-n2":[-81,-18,-62],"o3-n4":[-89,-51,-97],"o4-n5":[118,85,72],"o5-n6":[215,130,79],"n7":[-329,-164,-160],"o6-n8":[-87,-37,-75],"o7-n9":[-242,-121,-141],"o8-n10":[-339,-186,-173],"o9-n11":[-365,-205,-173],"o13-n12":[-301,-160,-173],"o10-n13":[-94,-25,-56],"o11-n14":[-352,-179,-173],"o12-n15":[-22,8,-30],"o14-n16":[-313,-166,-173],"o15-n17":[-323,-152,-173],"o16-n18":[-133,-50,-95],"o77-n19+n78":[337,209,167],"o17-n20":[-371,-205,-173],"o18-n21":[-100,-43,-62],"o19-n22":[-352,-192,-173],"o20-n23":[-42,-11,-5],"o21-n24":[-288,-154,-173],"o22-n25":[-371,-192,-173],"o23-n26":[-230,-128,-153],"o24-n27":[-128,-70,-104],"o25-n28":[-275,-154,-173],"o26-n29":[-166,-83,-123],"o27-n30":[-240,-101,-139],"o28-n31":[-313,-160,-173],"o29-n32":[-294,-154,-173],"o30-n33":[-94,-43,-62],"o32-n34":[-225,-109,-135],"o34-n36":[-358,-186,-173],"o31+o38-n37":[-298,-144,-173],"o35-n38":[-409,-218,-173],"o36-n39":[-377,-192,-173],"o37-n40":[-397,-205,-173],"o39-n41":[-192,-109,-136],"o40-n42":[-224,-109,-153],"o41-n43":[230,141,82],"o42-n44":[122,77,26],"o43-n45":[-243,-128,-142],"o44-n46":[1935,1057,962],"o45-n47":[-173,-83,-115],"o46-n48":[-288,-134,-173],"n49":[-259,-120,-90],"o47-n50":[448,237,205],"o48-n51":[233,123,168],"o49-n52":[-129,-52,-98],"o50-n53":[-91,-27,-8],"o51-n54":[82,63,75],"o52-n55":[658,389,357],"o53+o54+o55+o56+o57-n56":[1834,1046,1128],"o58-n57":[128,109,50],"o59-n58":[71,38,-8],"o60-n59":[-320,-160,-173],"o61-n60":[1357,749,729],"o62-n61":[45,38,12],"o63-n62":[-249,-128,-141],"o64-n63":[-127,-57,-103],"o65-n64":[-294,-154,-173],"o66-n65":[71,51,18],"o67-n66":[-243,-128,-161],"o68-n67":[-121,-70,-110],"o69-n68":[-288,-147,-173],"o70-n69":[13,0,-38],"n70":[-285,-131,-140],"n71":[-260,-119,-108],"o71-n72":[346,199,173],"o72-n73":[326,198,128],"o73-n74":[-198,-96,-129],"o74-n75":[-109,-51,-57],"o75-n76":[-211,-115,-142],"o76-n77":[-224,-115,-153],"o78-n79":[-275,-141,-173],"o79-n80":[-38,-26,-59],"o80-n81":[-377,-205,-173],"o81-n82":[-339,-179,-173],"o82-n83":[-83,-51,-77],"o83-n84":[13,0,-19],"o83-1-n85":[-29,8,-30],"o84":[-516,-284,-173],"n86":[-328,-164,-147],"o85-n87":[-377,-205,-173],"o86-n88":[186,115,50],"o87-n89":[693,379,295],"o88-n90":[-160,-64,-116],"o89-n91":[-147,-77,-116],"o91-n92+n93":[321,170,205],"o92":[-197,-95,10],"o93":[-395,-208,-173],"o94":[-229,-120,-28],"o94-1":[-401,-215,-173],"o94-2":[-427,-228,-173],"o95":[-388,-208,-173],"o96":[-427,-228,-173],"o97":[-395,-210,-173],"o98":[-382,-204,-173],"o99":[-337,-178,-137],"o90-n94":[-215,-101,-128],"n95":[-9,15,166],"n96":[-284,-132,-109]},
  "ru":{"map":[5,-15,1,-13,5,4,-4,22,0,-5,0,0,-5,0,9,0,0,-4,0,0,0,-7,0,12,-5],
    "map1":[5,-15,1,-13,5,4,-4,22,0,-5,0,0,-5,0,9,0,0,-4,0,0,0,-7,0,7],
    "table":[-7,-4,0,0,0,0,0,4,1,0,-1,0,-4,0,1,0,0,-1,0,0,0,-2,0,67,-46],
    "list":[-4,-5,-197,217,-11,-12,-12,20,0,4,0,-13,1,0,3,0,5,-1,0,1,0,-4,0,-5,13],
    "pair":[-13,-11,7,-1,5,-12,2,5,0,-5,15,-13,1,-1,9,0,-1,1,0,4,0,-12,5,-2,4],
    "inline":[5,0,-4,4,-9,5,4,0,0,0,-9,0,4,0,6,0,-1,0,-5,-4,0,4,0,-4,15],
    "tabs2":[0,0,0,0,0,0,0,0,0,14,-14,0,-7,0,7,0,0,0,0,-8,0,23,0,-22,7],
    "tabs3":[0,0,-11,11,0,0,0,0,0,0,0,0,-7,0,7,0,-14,14,0,0,0,8,0,-8,-7],"none":[0,-4,0,0,0,-1,0,5,0,0,0,0,-5,0,0,0,0,1,0,0,0,-4,0,8],
    "x:n":[-2,16,-22,27,0,-17,0,6,-2,-11,19,0,-17,0,-8,0,1,-5,0,19,0,15,0,-24],
    "x:r":[-3,-5,-16,13,1,-1,0,0,0,0,11,0,-5,0,0,0,0,-9,0,9,0,0,0,0,-5],
    "x:t":[2,9,9,-10,-21,5,-16,22,0,16,-5,0,-7,0,-6,0,0,2,0,-6,0,12,0,-11,5],
    "x:nr":[-4,11,-39,40,0,-16,0,5,-2,-11,30,0,-23,0,-7,0,1,-14,0,28,15,-24,0,1,10],
    "x:nt":[1,23,-11,16,-21,-12,-16,28,-2,5,15,0,-26,0,-12,0,0,-3,0,13,0,26,0,-36,7],
    "x:rt":[1,2,-6,3,-20,4,-16,22,0,16,6,0,-13,0,-5,0,0,-8,0,4,0,11,0,-11,1],
    "x:nrt":[-2,19,-28,30,-21,-11,-17,27,-2,5,26,0,-30,0,-14,0,1,-12,0,22,15,-12,0,-11,16],
    "m:events":[0,10,-5,5,-5,0,0,-5,0,-5,5,0,0,0,0,0,5,0,0,-5,0,0,0,5,-5],
    "m:proposals":[0,5,0,0,-5,0,0,0,0,0,0,0,0,0,-8,0,18,-10],
    "m:attendance":[5,5,-15,5,0,0,0,-10,0,5,5,0,0,0,-18,0,0,18,0,0,-5,5],
    "m:parties":[5,5,-5,-5,0,0,0,5,0,0,-5,0,0,0,-8,-5,13,0,0,0,0,5,0,-5],
    "r:*":[5,1,-6,4,0,1,4,-9,0,0,0,0,0,0,5,0,0,0,0,-5],
    "r:KZ-11":[3,0,1,-4,-5,0,0,0,0,5],
    "r:KZ-15":[-7,10,0,2,-6,-5,18,-12,0,0,0,0,0,0,5,0,0,-6,0,1,-1,4,0,-4,4],
    "r:KZ-27":[18,23,-6,-4,-2,-14,-5,10,0,-5,-10,0,12,0,-5,0,-6,-5,0,5,25,5,0,-5,5],
    "r:KZ-31":[14,14,-9,-1,5,-11,-7,1,0,0,-1,0,1,0,0,0,0,5,0,-5,9,4,1,-6,6],
    "r:KZ-35":[0,4,-1,0,1,-4,0,0,0,0,0,0,0,0,0,0,0,0,0,5,-5],
    "r:KZ-43":[10,10,3,0,0,-18,0,0,0,0,1,0,0,0,0,0,0,0,0,0,12,4,0,-4,4],
    "r:KZ-55":[16,26,-10,-4,6,-38,10,-4,4,5,5,0,-5,0,-5,0,0,-5,0,4,22,4,0,-4,4],
    "r:KZ-61":[3,1,-6,-5,-4,11,-5,23,0,-24,1,0,0,0,0,0,0,5,0,19,-19,0,0,-2,2],
    "r:KZ-62":[19,-19,0,0,5,0,0,0,0,-5,0,0,0,0,0,0,0,19,0,-14,-5],
    "r:KZ-71":[29,0,-29,5,0,23,0,-28,0,0,23,0,-23,0,0,0,0,5,0,-5,-5,5,0,-4,4],
    "r:KZ-75":[-9,9,-5,5,-9,14,0,-5],
    "r:KZ-79":[23,6,-1,1,0,-18,0,0,0,0,-6,0,0,0,0,0,6,1,0,-6,18,5,0,-5,5],
    "r:KZ-19":[3,0,-3],
    "p:*":[5,-4,-5,4,0,1,4,-5,0,0,0,0,-5,0,5,0,0,1,0,-5,0,-4,0,8]},
  "en":{"map":[-21,-4,5,-13,11,-2,-4,15,-1,14,-22,0,-8,0,21,0,0,2,0,0,-34,23,1,22,-8],
    "map1":[-21,-4,5,-13,11,-2,-4,15,-1,14,-22,0,-8,0,21,0,0,2,0,0,0,0,0,-11,16],
    "table":[-121,-6,0,0,6,-5,0,4,-1,7,-12,0,0,0,8,0,0,-8,0,0,0,5,0,22,91],
    "list":[-9,-10,-212,212,-12,12,-12,16,-1,9,-5,-13,5,0,15,0,5,-12,0,1,-1,-9,0,3,15],
    "pair":[3,-12,7,-11,11,-4,-5,12,-1,7,-7,-13,0,0,16,0,-1,-6,5,4,0,-13,5,2,10],
    "inline":[0,0,0,10,-5,-9,4,0,0,1,-5,0,4,0,10,0,-1,0,-2,-7,0,-4,12,-1],
    "tabs2":[0,0,0,0,0,0,0,0,-14,14,0,0,0,0,0,0,0,7,0,-7,0,0,0,-7,10],
    "tabs3":[-11,0,0,11,0,0,0,0,0,0,0,0,-14,0,0,0,0,21,0,1,0,0,0,-23,11],"none":[-4,-6,0,0,6,-7,0,5,-1,7,-12,0,0,0,7,0,0,-6,0,-1,0,4,0,8,-3],
    "x:n":[-24,11,-42,22,6,-18,5,11,5,-2,-7,0,-17,0,20,0,6,-27,0,18,0,21,-5,-13],
    "x:r":[-14,0,-26,24,-5,5,0,0,0,0,6,0,0,0,0,0,0,-9,0,9],
    "x:t":[-74,23,20,2,-17,-6,-10,6,0,26,8,0,5,0,-4,0,0,-9,0,-16,0,31,0,10,5],
    "x:nr":[-37,11,-69,47,0,-11,5,10,5,-3,-2,0,-17,0,21,0,6,-36,0,28,15,-4,0,-15,6],
    "x:nt":[-97,32,-21,24,-11,-23,-5,16,5,24,1,0,-12,0,17,0,5,-36,0,3,0,51,-5,-5,6],
    "x:rt":[-86,21,-6,27,-22,-1,-10,5,0,27,13,0,6,0,-5,0,0,-18,0,-7,0,31,0,10,6],
    "x:nrt":[-111,34,-49,50,-17,-18,-6,16,5,24,7,0,-11,0,15,0,6,-45,0,12,15,28,0,-6,11],
    "m:events":[7,-2,-10,5,0,0,0,2,0,-7,5,0,-10,0,5,0,5,0,0,0,2,-2],
    "m:proposals":[7,-7,5,0,-5,0,0,2,0,-2,0,0,-10,0,-8,0,18,0,0,0,2,-2],
    "m:attendance":[12,-12,-5,5,-5,0,0,2,0,-2,10,0,-10,0,-18,0,0,18,0,0,2,8,0,-10,5],
    "m:parties":[12,-7,0,-5,0,0,0,2,0,-2,5,0,-10,0,-8,0,13,0,0,0,2,3,0,-5],
    "r:*":[-15,6,-5,4,0,5,0,0,0,0,-5,0,0,0,5,0,0,5],
    "r:KZ-11":[0,-5,5,-5,0,0,0,0,0,1,4],
    "r:KZ-15":[-16,0,-6,-2,0,12,0,6,0,-16,22,0,0,0,-24,0,0,0,0,24,7,-19,0,-14,4],
    "r:KZ-27":[-15,30,-25,6,1,-3,1,-1,0,-4,5,-6,12,0,0,0,0,0,0,-1,19,-18,0,-16,5],
    "r:KZ-31":[-10,8,-14,5,5,-4,-2,-3,0,0,10,0,0,0,0,0,0,5,0,1,12,-19,1,-15,5],
    "r:KZ-35":[-12,8,4,-11,2,-5,0,4,0,10,-5,0,5,0,5,0,-4,-6,0,5],
    "r:KZ-43":[-4,14,-21,6,0,-6,-1,6,0,0,12,0,0,0,-6,0,0,0,0,0,18,-19,0,-15,4],
    "r:KZ-55":[-18,25,-22,0,5,-6,0,-3,4,-1,21,0,-4,0,-6,0,0,0,0,4,15,-19,0,-15,4],
    "r:KZ-61":[-29,24,-6,-6,-18,11,-5,17,0,1,6,0,-5,0,-19,0,0,10,0,19,0,0,0,-2,2],
    "r:KZ-62":[0,0,-18,-6,0,7,0,11,0,6,0,0,-14,0,0,0,-6,14,0,6],
    "r:KZ-71":[0,-22,0,5,0,11,0,0,0,0,6,0,0,0,-5,0,0,5,0,0,6,-18,0,-15,12],
    "r:KZ-75":[-23,4,0,5,0,8,0,-9,0,0,15,0,0,0,0,0,0,0,0,-9,9],
    "r:KZ-79":[6,12,-19,1,-6,0,0,6,0,-6,5,0,1,0,0,0,6,0,0,0,22,-18,0,-15,5],
    "r:KZ-19":[0,0,-5,0,0,0,0,5],
    "p:*":[-20,0,-5,4,6,0,0,4,-2,8,-17,0,0,0,12,0,0,-1,0,-1,0,4,0,3,-3]}};
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
    else if (start === 'table') h += row('table');
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

  const loadModule = () => {
    shared.module =
      shared.module ||
      import(at(MANIFEST.js)).then(async (m) => {
        // The instance's exports, kept for diagnostics (scripts/soak-kiosk.mjs reads its memory).
        shared.wasm = await m.default({ module_or_path: at(MANIFEST.wasm) });
        return m;
      });
    shared.module.catch(() => {
      shared.module = null;
    });
    return shared.module;
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
    if (typeof WebAssembly !== 'object' || !el.attachShadow) {
      fallback(el, lang);
      return;
    }
    let root;
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch (e) {
      warn(`cannot attach to ${el.tagName.toLowerCase()}: ${e.message}`);
      fallback(el, lang);
      return;
    }
    const css = styles(root);
    const mount = document.createElement('div');
    mount.className = 'qe-host';
    mount.style.minHeight = `${reserve(get, lang, el.getBoundingClientRect().width)}px`;
    root.append(mount);
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

    const go = async () => {
      el.setAttribute('data-qe-state', 'loading');
      try {
        const [m] = await Promise.all([loadModule(), css]);
        m.mount(mount, pairs.map(([k]) => k), pairs.map(([, v]) => v), prefix);
      } catch (e) {
        console.error(`Qazaq Explainer: could not load the widget from ${base.href}:`, e);
        el.setAttribute('data-qe-state', 'failed');
        mount.style.minHeight = '';
        const p = document.createElement('p');
        p.className = 'qe-loading';
        p.setAttribute('role', 'alert');
        const [msg, link] = FAILED[lang];
        p.textContent = `${msg} `;
        const a = document.createElement('a');
        a.href = at('index.html');
        a.textContent = link;
        p.append(a);
        mount.append(p);
      }
    };
    // Heavy work only when the widget comes near the viewport.
    if ('IntersectionObserver' in window) {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            go();
          }
        },
        { rootMargin: '600px 0px' },
      );
      io.observe(el);
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

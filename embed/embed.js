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
  const HEIGHTS = {"q":2,"w":[320,340,360,375,390,420,421,452,453,480,592,593,632,633,671,672,680,731,732,791,792,931,932,1100,1280],
    "aw":[375,680,1100],
    "kk":{"map":[603,-9,-15,5,-17,-10,11,-45,22,-21,22,51,-10,1,-30,0,2,-12,0,2,31,-35,0,-31,36],
    "map1":[603,-9,-15,5,-17,-10,11,-45,22,-21,22,51,-10,1,-30,0,2,-12,0,2,1,16,0,33,15],
    "table":[1339,0,0,0,-12,-9,4,-9,22,-15,-9,0,0,0,-14,0,0,-9,0,-15,0,-9,0,-134,-205],
    "list":[3621,-37,-49,-449,-18,-46,29,-50,21,-23,-43,50,-10,0,-40,-41,-9,-9,0,-14,35,-9,-2278,-14,-36],
    "pair":[1851,-49,-125,-51,-34,-144,39,-107,22,-40,-219,50,-23,-13,-50,-40,-26,-35,71,-88,0,-73,273,-226,-138],
    "inline":[-307,25,0,4,48,-16,-22,73,0,-13,14,0,-9,0,26,0,13,-39,-83,61,0,34,-184,124,77],
    "tabs2":[27,0,0,0,0,0,0,0,0,-27,0,0,0,0,0,0,0,0,0,29,0,-29,0,15,-15],
    "tabs3":[49,0,0,-22,0,0,0,0,0,0,0,0,0,0,0,0,0,-27,0,15,0,0,0,14,-14],"none":[206,0,0,0,-12,-9,4,-9,22,-15,-9,0,0,0,-14,0,0,-9,0,-15,0,-9,0,-14],
    "x:n":[921,-32,-22,-74,-32,-22,0,-30,-11,-20,-70,0,-10,0,-40,0,-12,128,0,-89,0,-30,0,-72],
    "x:r":[517,0,-147,-49,-4,-10,0,0,0,0,-88,0,0,0,0,0,0,32,0,-32,0,4,0,-69],
    "x:t":[1042,-71,-53,-33,-18,-32,32,-53,0,-62,-82,0,-21,0,-11,0,0,-42,0,0,0,-91,0,-30,-23],
    "x:nr":[1438,-32,-169,-123,-36,-32,0,-30,-11,-20,-158,0,-10,0,-41,0,-11,159,0,-120,-43,-63,0,-13,-107],
    "x:nt":[1962,-102,-75,-107,-50,-54,32,-83,-10,-83,-152,0,-31,0,-52,0,-12,87,0,-89,0,-122,0,-102,-23],
    "x:rt":[1558,-71,-200,-81,-22,-42,32,-53,0,-62,-171,0,-20,0,-12,0,0,-9,0,-32,0,-88,0,-99,-23],
    "x:nrt":[2479,-103,-221,-156,-54,-64,32,-83,-10,-83,-240,0,-31,0,-52,0,-12,118,0,-120,-43,-154,0,-43,-131],
    "m:events":[-28,4,20,-10,0,0,0,10,0,0,-10,0,20,0,-10,0,-10,0,0,0,10,-10,0,0,14],
    "m:proposals":[-42,14,0,0,0,0,0,10,0,4,0,0,20,0,16,0,-36,0,0,0,-4,4,0,0,14],
    "m:attendance":[-14,14,21,-11,-14,0,0,10,0,4,-10,0,21,0,26,0,0,-51,0,0,10,-6,0,-4,4],
    "m:parties":[-52,14,10,0,0,0,0,0,0,4,0,0,20,0,16,0,-26,0,0,0,-4,-6,0,10,14],
    "r:*":[183,-10,0,-9,0,-10,0,0,0,0,-10,0,0,0,-10,0,0,-10,0,0,-124],
    "r:KZ-11":[152,0,-10,0,0,0,0,0,0,-10,-9,0,0,0,0,0,0,0,0,0,-123],
    "r:KZ-15":[516,-20,0,-42,0,-36,0,-12,0,0,-43,0,0,0,-11,0,0,0,0,-47,-246,26,0,17,-37],
    "r:KZ-27":[809,-70,-22,-23,-21,-28,10,-34,0,-11,-90,0,-34,0,0,0,0,-11,0,-10,-185,27,0,16,-36],
    "r:KZ-31":[608,-38,0,-21,-12,-45,24,-24,0,-11,-81,0,-12,0,0,0,0,-22,0,-11,-223,27,0,17,-37],
    "r:KZ-35":[262,-16,-9,0,-10,0,0,-9,0,-21,0,0,-9,0,-10,0,0,0,0,-9,-169],
    "r:KZ-43":[520,-39,-7,-23,0,-24,12,-22,0,-11,-74,0,0,0,0,0,-11,0,0,0,-284,26,0,17,-37],
    "r:KZ-55":[773,-62,-11,0,-21,-23,0,-12,-9,-10,-109,0,-12,0,0,0,0,0,0,-9,-232,26,0,17,-37],
    "r:KZ-61":[446,-48,0,0,0,-22,10,-46,0,-11,-12,0,0,0,0,0,0,-22,0,-36,-259,0,0,4,-4],
    "r:KZ-62":[342,0,0,0,-10,-27,0,-22,0,-11,0,0,0,0,0,0,0,-38,0,-11,-223],
    "r:KZ-71":[461,0,0,-12,0,-45,0,0,0,0,-57,0,0,0,0,0,0,-12,0,0,-311,26,0,17,-37],
    "r:KZ-75":[278,-18,0,-10,0,-28,0,0,0,0,-30,0,0,0,0,0,0,0,0,0,-192],
    "r:KZ-79":[625,-37,-23,-11,-12,-11,0,-35,0,0,-83,0,-11,0,0,0,-12,-12,0,-11,-239,27,0,16,-36],
    "r:KZ-19":[88,0,0,0,0,0,0,-11,0,0,0,0,0,0,0,0,0,0,0,0,-77],
    "p:*":[393,-10,0,-9,-12,-19,4,-9,21,-14,-19,0,-1,0,-23,0,0,-19,0,-15,0,-9,0,-14],
    "p:KZ-11":[362,0,-10,0,-12,-9,4,-9,22,-25,-18,0,0,0,-14,0,0,-9,0,-15,0,-9,0,-23],
    "p:KZ-15":[726,-20,0,-42,-12,-45,4,-21,21,-14,-52,0,-1,0,-24,0,0,-9,0,-63,0,-9,0,-34],
    "p:KZ-27":[1019,-70,-22,-23,-33,-37,14,-43,22,-26,-99,0,-34,0,-14,0,0,-21,0,-25,0,-68,0,-35],
    "p:KZ-31":[818,-38,0,-21,-24,-54,28,-33,22,-26,-90,0,-12,0,-15,0,0,-30,0,-26,0,-57,0,-15],
    "p:KZ-35":[472,-16,-9,0,-22,-9,4,-18,21,-35,-9,0,-9,0,-25,0,0,-9,0,-23,0,-9,0,-15,-9],
    "p:KZ-43":[730,-39,-7,-23,-12,-33,16,-31,22,-26,-83,0,0,0,-14,0,-12,-9,0,-15,0,-59,0,-26],
    "p:KZ-55":[983,-62,-11,0,-33,-32,4,-21,13,-25,-118,0,-12,0,-14,0,0,-10,0,-23,0,-78,0,-23],
    "p:KZ-61":[656,-48,0,0,-12,-31,14,-55,22,-26,-21,0,0,0,-15,0,0,-30,0,-51,0,-9,0,-15],
    "p:KZ-62":[552,0,0,0,-22,-36,4,-31,22,-26,-9,0,0,0,-15,0,0,-46,0,-26,0,-9,0,-15],
    "p:KZ-71":[671,0,0,-12,-12,-54,4,-9,21,-14,-66,0,0,0,-15,0,0,-20,0,-15,0,-9,0,-59],
    "p:KZ-75":[488,-18,0,-10,-12,-37,4,-9,21,-14,-39,0,0,0,-14,0,0,-9,0,-15,0,-9,0,-32],
    "p:KZ-79":[835,-37,-23,-11,-24,-21,4,-43,21,-14,-92,0,-12,0,-14,0,-12,-20,0,-26,0,-46,0,-37,-12],
    "p:KZ-19":[298,0,0,0,-12,-9,4,-20,22,-14,-10,0,0,0,-14,0,0,-9,0,-15,0,-9,0,-14],
    "a":{"o1-n1+n3":[-378,-176,-202],"o2-n2":[-163,-37,-125],"o3-n4":[-179,-102,-194],"o4-n5":[235,169,144],"o5-n6":[431,260,158],"n7":[-657,-328,-320],"o6-n8":[-174,-74,-150],"o7-n9":[-484,-241,-282],"o8-n10":[-678,-371,-346],"o9-n11":[-729,-409,-346],"o13-n12":[-601,-320,-346],"o10-n13":[-187,-50,-112],"o11-n14":[-704,-358,-346],"o12-n15":[-44,17,-60],"o14-n16":[-627,-333,-346],"o15-n17":[-645,-303,-346],"o16-n18":[-265,-101,-190],"o77-n19+n78":[675,417,333],"o17-n20":[-742,-409,-346],"o18-n21":[-200,-87,-125],"o19-n22":[-704,-384,-346],"o20-n23":[-85,-23,-10],"o21-n24":[-576,-307,-346],"o22-n25":[-742,-384,-346],"o23-n26":[-460,-256,-307],"o24-n27":[-256,-141,-207],"o25-n28":[-550,-307,-346],"o26-n29":[-332,-166,-245],"o27-n30":[-480,-202,-277],"o28-n31":[-627,-320,-346],"o29-n32":[-588,-307,-346],"o30-n33":[-187,-87,-125],"o32-n34":[-449,-218,-271],"o34-n36":[-716,-371,-346],"o31+o38-n37":[-595,-288,-346],"o35-n38":[-819,-435,-346],"o36-n39":[-755,-384,-346],"o37-n40":[-793,-409,-346],"o39-n41":[-384,-217,-271],"o40-n42":[-448,-217,-307],"o41-n43":[461,282,164],"o42-n44":[243,154,52],"o43-n45":[-486,-256,-284],"o44-n46":[3870,2114,1925],"o45-n47":[-345,-166,-230],"o46-n48":[-576,-269,-345],"n49":[-518,-239,-179],"o47-n50":[896,474,410],"o48-n51":[465,246,336],"o49-n52":[-258,-104,-195],"o50-n53":[-182,-53,-16],"o51-n54":[164,126,150],"o52-n55":[1316,779,713],"o53+o54+o55+o56+o57-n56":[3668,2092,2257],"o58-n57":[256,218,100],"o59-n58":[141,77,-15],"o60-n59":[-640,-320,-346],"o61-n60":[2714,1498,1458],"o62-n61":[90,77,23],"o63-n62":[-499,-256,-281],"o64-n63":[-255,-115,-205],"o65-n64":[-588,-307,-346],"o66-n65":[141,102,36],"o67-n66":[-486,-256,-322],"o68-n67":[-243,-141,-220],"o69-n68":[-576,-294,-346],"o70-n69":[26,0,-76],"n70":[-571,-263,-280],"n71":[-520,-237,-216],"o71-n72":[691,397,346],"o72-n73":[653,397,256],"o73-n74":[-396,-192,-258],"o74-n75":[-217,-102,-115],"o75-n76":[-422,-230,-284],"o76-n77":[-448,-230,-307],"o78-n79":[-550,-281,-346],"o79-n80":[-77,-51,-118],"o80-n81":[-755,-409,-346],"o81-n82":[-678,-358,-346],"o82-n83":[-166,-102,-153],"o83-n84":[26,0,-38],"o83-1-n85":[-58,16,-61],"o84":[-1032,-568,-346],"n86":[-656,-328,-295],"o85-n87":[-755,-409,-346],"o86-n88":[371,230,100],"o87-n89":[1386,758,589],"o88-n90":[-320,-128,-233],"o89-n91":[-294,-154,-233],"o91-n92+n93":[642,340,411],"o92":[-393,-190,20],"o93":[-789,-417,-346],"o94":[-457,-241,-57],"o94-1":[-802,-429,-346],"o94-2":[-853,-455,-346],"o95":[-776,-417,-346],"o96":[-853,-455,-346],"o97":[-790,-420,-346],"o98":[-764,-407,-346],"o99":[-675,-356,-274],"o90-n94":[-430,-202,-255],"n95":[-18,31,332],"n96":[-568,-264,-218]}},
  "ru":{"map":[9,-28,1,-26,9,9,-9,44,0,-9,0,0,-9,-1,18,0,0,-8,0,0,0,-15,0,24,-9],
    "map1":[9,-28,1,-26,9,9,-9,44,0,-9,0,0,-9,-1,18,0,0,-8,0,0,0,-15,1,14],
    "table":[-12,-9,0,0,0,0,0,9,-1,1,0,0,-9,0,-1,0,0,0,0,1,0,-6,0,134,-90],
    "list":[-9,-9,-395,434,-21,-24,-25,40,0,9,0,-26,1,0,7,0,9,0,0,0,0,-5,0,-12,26],
    "pair":[-27,-21,13,-1,10,-24,5,9,0,-11,31,-26,1,0,16,-1,1,0,-1,10,0,-25,10,-2,6],
    "inline":[9,2,-10,9,-18,9,9,0,0,1,-20,0,9,0,10,0,0,0,-10,-10,0,11,-1,-9,32],
    "tabs2":[0,0,0,0,0,0,0,0,0,27,-27,0,-14,0,14,0,0,0,0,-14,0,43,0,-44,15],
    "tabs3":[0,0,-22,22,0,0,0,0,0,0,0,0,-14,0,14,0,-27,27,0,0,0,14,0,-14,-15],"none":[0,-9,0,0,0,0,0,9,0,0,0,0,-9,0,0,0,0,0,0,0,0,-5,0,14],
    "x:n":[-4,32,-44,53,0,-33,0,10,-3,-22,40,0,-36,0,-16,0,2,-9,0,38,0,29,0,-48],
    "x:r":[-4,-10,-33,27,0,0,0,0,0,0,20,0,-10,0,0,0,0,-18,0,18,0,-1,0,1,-10],
    "x:t":[5,15,21,-20,-41,8,-32,44,0,33,-10,0,-14,0,-12,0,0,3,0,-11,0,22,0,-23,12],
    "x:nr":[-8,22,-77,79,1,-33,0,10,-3,-22,59,0,-45,0,-15,0,1,-27,0,56,29,-46,0,1,21],
    "x:nt":[2,46,-23,32,-41,-23,-32,53,-4,12,29,0,-49,0,-27,0,2,-7,0,27,0,52,0,-71,11],
    "x:rt":[1,6,-13,7,-42,9,-32,44,0,32,12,0,-25,0,-11,0,0,-16,0,6,0,23,0,-22,2],
    "x:nrt":[-3,38,-58,60,-41,-24,-32,54,-4,11,50,0,-60,0,-27,0,2,-24,0,44,29,-23,0,-22,33],
    "m:events":[0,20,-10,10,-10,0,0,-10,0,-10,10,0,0,0,0,0,10,0,0,-10,0,0,0,10,-10],
    "m:proposals":[0,10,0,0,-10,0,0,0,0,0,0,0,0,0,-16,0,36,-20],
    "m:attendance":[10,11,-32,11,0,0,0,-20,0,10,10,0,0,0,-37,0,0,37,0,0,-10,10],
    "m:parties":[10,10,-10,-10,0,0,0,10,0,0,-10,0,0,0,-16,-10,26,0,0,0,0,10,0,-10],
    "r:*":[10,0,-10,9,0,1,9,-19,0,0,0,0,0,0,10,0,0,0,0,-10],
    "r:KZ-11":[7,0,0,-7,-10,0,0,0,0,10],
    "r:KZ-15":[-13,20,0,3,-12,-10,36,-24,0,0,0,0,0,0,11,0,0,-12,0,1,-2,9,0,-9,9],
    "r:KZ-27":[35,47,-10,-10,-3,-30,-10,23,0,-12,-19,0,22,0,-10,0,-12,-10,0,10,51,9,0,-8,8],
    "r:KZ-31":[29,26,-17,-2,12,-25,-12,1,0,-1,0,0,0,0,0,0,0,11,0,-11,19,8,0,-9,9],
    "r:KZ-35":[0,7,0,0,0,-7,0,0,0,0,0,0,0,0,0,0,0,0,0,9,-9],
    "r:KZ-43":[21,17,7,0,0,-33,-1,0,0,0,0,0,0,0,0,0,0,0,0,0,25,10,-1,-9,9],
    "r:KZ-55":[31,53,-21,-7,12,-76,19,-7,9,10,10,0,-12,0,-10,0,0,-9,0,9,43,10,0,-10,10],
    "r:KZ-61":[7,0,-10,-12,-7,22,-10,46,0,-48,2,0,0,0,0,0,0,10,0,36,-36,0,0,-4,4],
    "r:KZ-62":[38,-38,0,0,10,0,0,0,0,-10,0,0,0,0,0,0,0,38,0,-28,-10],
    "r:KZ-71":[57,0,-57,12,0,45,0,-57,0,0,45,0,-45,0,0,0,0,12,0,-12,-10,10,0,-9,9],
    "r:KZ-75":[-18,18,-10,10,-18,28,0,-10],
    "r:KZ-79":[44,14,0,-1,1,-37,0,1,0,0,-11,0,0,0,0,0,12,0,0,-12,38,8,0,-8,8],
    "r:KZ-19":[7,0,-7],
    "p:*":[10,-9,-10,9,0,1,9,-10,0,0,0,0,-9,0,9,0,0,1,0,-10,0,-5,0,14],
    "p:KZ-11":[7,-10,1,-7,-10,0,0,9,0,10,0,0,-9,0,0,0,0,0,0,0,0,-14,0,23],
    "p:KZ-15":[-13,11,0,3,-12,-10,36,-15,0,0,0,0,-9,0,10,0,0,-12,0,2,0,-5,0,14],
    "p:KZ-27":[35,38,-10,-10,-3,-30,-10,32,-1,-11,-19,0,13,0,-11,0,-11,-10,0,11,0,42,0,-34],
    "p:KZ-31":[29,17,-17,-2,12,-25,-12,9,0,0,0,0,-9,0,1,0,0,9,0,-10,0,31,0,-22],
    "p:KZ-35":[0,-2,0,0,0,-7,0,9,0,0,0,0,-9,0,0,0,0,0,0,9,0,-15,0,6,9],
    "p:KZ-43":[21,8,7,0,0,-34,0,9,0,0,0,0,-9,0,0,0,0,0,0,1,0,21,0,-13],
    "p:KZ-55":[31,44,-21,-7,12,-76,19,2,8,11,10,0,-21,0,-10,0,0,-9,0,9,0,40,0,-31],
    "p:KZ-61":[7,-9,-10,-12,-7,22,-10,55,0,-48,2,0,-9,0,0,0,0,9,0,37,0,-42,0,15,-11],
    "p:KZ-62":[38,-47,0,0,10,0,0,9,0,-10,0,0,-10,0,1,0,0,37,0,-27,0,-16,0,15],
    "p:KZ-71":[57,-9,-57,12,0,45,0,-48,0,0,45,0,-54,0,0,0,0,11,0,-11,0,-5,0,14],
    "p:KZ-75":[-18,9,-10,10,-18,28,0,-1,0,0,0,0,-9,0,0,0,0,-1,0,1,0,-5,0,14],
    "p:KZ-79":[44,5,0,-1,1,-36,0,9,1,0,-12,0,-9,0,0,0,12,-1,0,-11,0,31,0,-22],
    "p:KZ-19":[7,-9,-7,0,0,-1,0,10,0,0,0,0,-9,0,0,0,0,0,0,0,0,-5,0,14],
    "a":{"o1-n1+n3":[-10,-10,0],"o2-n2":[0,1,-9],"o3-n4":[0,0,-11],"o4-n5":[0,1,-9],"o5-n6":[0,0,-9],"n7":[1,-9,-9],"o6-n8":[0,0,-10],"o7-n9":[0,0,-29],"o8-n10":[0,0,7],"o9-n11":[0,0,7],"o13-n12":[0,0,7],"o10-n13":[0,1,-9],"o11-n14":[1,0,7],"o12-n15":[0,0,-9],"o14-n16":[0,1,7],"o15-n17":[0,0,7],"o16-n18":[0,1,-9],"o77-n19+n78":[-25,0,-41],"o17-n20":[0,0,7],"o18-n21":[0,1,-9],"o19-n22":[1,0,7],"o20-n23":[0,1,-9],"o21-n24":[1,0,7],"o22-n25":[0,0,7],"o24-n27":[0,1,-19],"o25-n28":[0,0,7],"o26-n29":[0,0,-20],"o27-n30":[0,0,-9],"o28-n31":[0,0,7],"o29-n32":[0,0,7],"o30-n33":[0,1,-9],"o32-n34":[0,0,-28],"o34-n36":[0,0,7],"o31+o38-n37":[-13,0,7],"o35-n38":[0,0,7],"o36-n39":[0,0,7],"o37-n40":[0,0,7],"o39-n41":[0,0,-10],"o41-n43":[0,0,-19],"o42-n44":[-12,0,-1],"o43-n45":[0,0,-19],"o44-n46":[0,0,-10],"o46-n48":[1,1,6],"n49":[2,-10,-10],"o48-n51":[1,0,-9],"o49-n52":[0,0,-28],"o50-n53":[1,0,-28],"o51-n54":[0,0,-28],"o52-n55":[0,0,-28],"o53+o54+o55+o56+o57-n56":[-10,-10,-28],"o58-n57":[0,0,-19],"o59-n58":[0,0,-19],"o60-n59":[1,0,7],"o61-n60":[0,0,-28],"o62-n61":[0,0,-19],"o64-n63":[0,1,-20],"o65-n64":[0,0,7],"o66-n65":[0,1,-19],"o67-n66":[0,0,-17],"o68-n67":[0,1,-10],"o69-n68":[1,0,7],"n70":[12,1,-9],"n71":[12,0,-9],"o71-n72":[0,0,-9],"o73-n74":[0,0,-20],"o75-n76":[0,0,-19],"o78-n79":[0,0,7],"o79-n80":[1,0,-19],"o80-n81":[0,0,7],"o81-n82":[0,0,7],"o83-1-n85":[0,0,-9],"o84":[38,16,7],"n86":[1,-9,-9],"o85-n87":[0,0,7],"o86-n88":[1,1,-10],"o87-n89":[0,0,-19],"o88-n90":[0,0,-10],"o89-n91":[0,1,-10],"o91-n92+n93":[-23,-10,-28],"o92":[1,-10,-19],"o93":[11,1,7],"o94":[1,-10,-19],"o94-1":[12,0,7],"o94-2":[12,0,7],"o95":[11,1,7],"o96":[12,0,7],"o97":[2,-10,7],"o98":[1,-10,7],"o99":[2,-10,-20],"o90-n94":[0,0,-29],"n95":[2,-10,-9],"n96":[2,-9,-9]}},
  "en":{"map":[-44,-6,10,-27,22,-3,-9,31,-3,29,-43,-1,-14,-1,41,0,0,3,1,0,-66,45,0,44,-14],
    "map1":[-44,-6,10,-27,22,-3,-9,31,-3,29,-43,-1,-14,-1,41,0,0,3,1,0,-1,0,1,-22,30],
    "table":[-241,-12,0,0,12,-12,0,9,-2,15,-24,0,0,0,14,0,0,-15,0,1,0,9,0,43,184],
    "list":[-19,-19,-426,427,-25,25,-25,32,-2,17,-9,-26,10,0,31,0,9,-23,0,-1,1,-17,0,4,30],
    "pair":[5,-24,14,-21,22,-7,-10,23,-3,15,-13,-26,0,0,31,-1,1,-14,9,10,0,-27,10,4,20],
    "inline":[0,0,0,19,-9,-19,9,1,0,1,-11,0,9,0,19,0,0,1,-7,-13,0,-8,23,-1],
    "tabs2":[0,0,0,0,0,0,0,0,-27,27,0,0,0,0,0,0,0,15,0,-15,0,0,0,-15,21],
    "tabs3":[-22,0,0,22,0,0,0,0,0,0,0,0,-27,0,0,0,0,42,0,-1,0,0,0,-43,20],"none":[-9,-12,0,0,12,-12,0,9,-3,15,-23,0,0,0,14,0,0,-15,0,1,0,9,0,14,-6],
    "x:n":[-47,22,-85,44,11,-33,10,20,11,-6,-13,0,-34,0,40,0,12,-55,0,39,0,40,-10,-28],
    "x:r":[-26,0,-53,49,-10,10,0,0,0,0,10,0,0,0,0,0,0,-19,0,19,0,-1,0,1],
    "x:t":[-148,44,42,5,-34,-12,-21,12,0,53,15,0,12,0,-10,0,0,-17,0,-32,0,61,0,18,12],
    "x:nr":[-73,22,-138,92,2,-24,10,20,11,-5,-3,0,-34,0,41,0,11,-72,0,55,30,-6,0,-29,10],
    "x:nt":[-194,65,-43,49,-23,-46,-10,31,10,49,2,0,-22,0,31,0,12,-73,0,6,0,102,-10,-9,12],
    "x:rt":[-173,44,-12,54,-45,-2,-20,12,0,53,25,0,11,0,-8,0,0,-37,0,-14,0,62,0,19,12],
    "x:nrt":[-220,66,-98,98,-33,-35,-11,32,10,48,13,0,-23,0,32,0,12,-91,0,23,31,54,0,-10,23],
    "m:events":[14,-4,-20,10,0,0,0,4,0,-14,10,0,-20,0,10,0,10,0,0,0,4,-4],
    "m:proposals":[14,-14,10,0,-10,0,0,4,0,-4,0,0,-20,0,-16,0,36,0,0,0,4,-4],
    "m:attendance":[24,-24,-11,11,-10,0,0,4,0,-4,20,0,-21,0,-36,0,0,37,0,0,4,16,0,-20,10],
    "m:parties":[24,-14,0,-10,0,0,0,4,0,-4,10,0,-20,0,-16,0,26,0,0,0,4,6,0,-10],
    "r:*":[-29,10,-10,9,0,10,0,0,0,0,-10,0,0,0,10,0,0,10],
    "r:KZ-11":[0,-10,10,-10,0,0,0,0,0,1,9],
    "r:KZ-15":[-32,0,-12,-4,0,24,0,12,0,-31,43,0,0,0,-47,0,0,0,0,47,13,-36,0,-30,10],
    "r:KZ-27":[-30,58,-47,11,2,-6,1,1,0,-10,9,-10,22,0,0,0,0,0,0,-2,38,-37,0,-28,8],
    "r:KZ-31":[-21,17,-28,10,12,-11,-3,-7,0,0,20,0,0,0,0,0,0,11,0,2,24,-37,0,-30,10],
    "r:KZ-35":[-25,16,9,-21,1,-10,0,9,0,21,-9,0,9,0,10,0,-9,-10,0,9],
    "r:KZ-43":[-8,28,-42,11,0,-11,0,10,0,0,23,0,0,0,-11,0,-1,0,0,0,35,-36,0,-29,9],
    "r:KZ-55":[-37,53,-46,0,10,-11,0,-7,9,-2,42,0,-9,0,-11,0,0,0,0,9,26,-36,0,-29,9],
    "r:KZ-61":[-58,48,-12,-11,-36,22,-10,34,0,1,12,0,-12,0,-36,0,0,22,0,36,0,0,0,-4,4],
    "r:KZ-62":[0,0,-37,-12,0,16,0,22,0,11,0,0,-27,0,0,0,-12,28,0,11],
    "r:KZ-71":[0,-46,0,12,0,22,0,0,0,0,12,0,0,0,-12,0,0,12,0,0,11,-36,0,-29,24],
    "r:KZ-75":[-46,8,0,10,0,16,0,-18,0,0,30,0,0,0,0,0,0,0,0,-18,18],
    "r:KZ-79":[11,25,-36,-1,-11,-1,0,12,0,-11,12,0,-1,0,0,0,12,0,0,0,46,-37,-1,-28,8],
    "r:KZ-19":[0,0,-11,0,0,0,0,11],
    "p:*":[-38,-2,-11,9,12,-2,0,9,-1,14,-33,0,1,0,23,0,0,-5,0,1,0,9,0,4,-6],
    "p:KZ-11":[-10,-21,10,-10,12,-12,0,9,-3,16,-14,0,0,0,14,0,0,-15,0,1,0,0,0,23,-6],
    "p:KZ-15":[-41,-12,-12,-4,12,12,0,21,-2,-17,19,0,1,0,-34,0,0,-15,0,49,0,-11,0,34,-18],
    "p:KZ-27":[-39,46,-47,11,14,-19,2,10,-3,5,-14,-11,23,0,14,0,0,-14,0,-1,0,11,0,23,-16],
    "p:KZ-31":[-30,4,-27,10,24,-23,-3,2,-3,15,-3,0,0,0,15,0,0,-5,0,2,0,18,0,4,-6],
    "p:KZ-35":[-34,4,9,-21,13,-22,0,18,-2,35,-32,0,9,0,25,0,-10,-24,0,8,0,9,0,6,4],
    "p:KZ-43":[-17,15,-41,11,12,-23,0,19,-3,15,0,0,0,0,2,0,0,-14,0,1,0,20,0,14,-6],
    "p:KZ-55":[-46,40,-45,0,22,-23,0,1,7,13,18,0,-8,0,2,0,0,-14,0,9,0,12,0,23,-17],
    "p:KZ-61":[-67,36,-12,-11,-25,10,-10,44,-3,16,-12,0,-11,0,-22,0,0,7,0,36,0,9,0,15,-17],
    "p:KZ-62":[-9,-12,-37,-12,12,4,0,31,-3,26,-24,0,-27,0,15,0,-12,13,0,11,0,9,0,15,-6],
    "p:KZ-71":[-9,-58,0,12,12,10,0,9,-2,14,-12,0,0,0,4,0,0,-4,0,1,0,-36,0,59,-6],
    "p:KZ-75":[-55,-4,0,10,12,4,0,-9,-2,14,7,0,0,0,14,0,0,-15,0,-17,0,9,0,32,-6],
    "p:KZ-79":[2,13,-36,-1,1,-12,0,20,-2,3,-12,0,0,0,14,0,12,-15,0,0,0,-1,0,25,-5],
    "p:KZ-19":[-9,-12,-11,0,12,-12,0,20,-2,14,-23,0,0,0,14,0,0,-15,0,1,0,9,0,14,-6],
    "a":{"o2-n2":[-21,-21,-21],"o3-n4":[0,0,-10],"o4-n5":[-21,-33,-21],"o5-n6":[-21,-21,-21],"n7":[-56,-55,-56],"o6-n8":[-21,-21,-22],"o7-n9":[-21,-21,-41],"o8-n10":[0,0,-34],"o9-n11":[0,0,-34],"o13-n12":[0,0,-34],"o10-n13":[-21,-20,-21],"o11-n14":[1,0,-34],"o12-n15":[-21,-21,-21],"o14-n16":[0,1,-25],"o15-n17":[-22,-21,-34],"o16-n18":[-21,-21,-21],"o77-n19+n78":[-34,-21,-53],"o17-n20":[0,0,-34],"o18-n21":[-21,-21,-21],"o19-n22":[1,0,-34],"o20-n23":[-21,-21,-21],"o21-n24":[1,0,-12],"o22-n25":[0,0,-34],"o24-n27":[0,1,-19],"o25-n28":[0,0,-21],"o26-n29":[0,0,-20],"o27-n30":[-21,-21,-21],"o28-n31":[0,0,-34],"o29-n32":[0,0,-25],"o30-n33":[-21,-21,-21],"o32-n34":[-21,-21,-40],"o34-n36":[0,0,-34],"o31+o38-n37":[34,34,-7],"o35-n38":[0,0,-34],"o36-n39":[0,0,-34],"o37-n40":[0,0,-34],"o39-n41":[0,0,-10],"o41-n43":[-21,-21,-31],"o42-n44":[-12,-13,-1],"o43-n45":[0,0,-19],"o44-n46":[-21,-21,-22],"n49":[-55,-55,-56],"o48-n51":[-21,-21,-21],"o49-n52":[-21,-21,-41],"o50-n53":[-21,-21,-40],"o51-n54":[-21,-21,-40],"o52-n55":[-21,-21,-40],"o53+o54+o55+o56+o57-n56":[115,115,96],"o58-n57":[0,0,-19],"o59-n58":[0,0,-19],"o60-n59":[1,0,-34],"o61-n60":[-21,-21,-40],"o62-n61":[0,0,-19],"o64-n63":[-21,-21,-32],"o65-n64":[0,0,-34],"o66-n65":[0,1,-19],"o67-n66":[0,0,-20],"o68-n67":[0,1,-10],"o69-n68":[1,0,-25],"n70":[-55,-55,-55],"n71":[-55,-55,-55],"o71-n72":[-21,-21,-21],"o73-n74":[0,0,-20],"o75-n76":[0,0,-19],"o78-n79":[0,0,-12],"o79-n80":[1,0,-19],"o80-n81":[0,0,-34],"o81-n82":[0,0,-34],"o83-1-n85":[-21,-21,-21],"o84":[-15,-25,-34],"n86":[-55,-55,-55],"o85-n87":[0,0,-34],"o86-n88":[0,1,-10],"o87-n89":[-21,-21,-31],"o88-n90":[0,0,-10],"o89-n91":[0,1,-10],"o91-n92+n93":[-21,-21,-40],"o92":[-70,-84,-112],"o93":[-95,-71,-34],"o94":[-95,-72,-86],"o94-1":[-69,-59,-34],"o94-2":[-70,-46,-34],"o95":[-70,-46,-34],"o96":[-70,-59,-34],"o97":[-82,-72,-34],"o98":[-70,-59,-34],"o99":[-44,-46,-61],"o90-n94":[-21,-21,-41],"n95":[-55,-55,-55],"n96":[-55,-55,-55]}}};
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
    const { q, w, kk } = HEIGHTS;
    const t = HEIGHTS[lang] || kk;
    const x = Math.max(w[0], Math.min(width || 640, w[w.length - 1]));
    const i = Math.max(1, w.findIndex((y) => y >= x));
    // Rows are stored as differences (see the script): sum them up to the widths around x.
    const sum = (r, n) => (r || []).slice(0, n + 1).reduce((a, b) => a + b, 0);
    const at = (name, n) => q * (sum(kk[name], n) + (t === kk ? 0 : sum(t[name], n)));
    // A row's height at this width, interpolated; 0 for a row the table does not have.
    const row = (name, fallback) => {
      const k = name in kk || name in t ? name : fallback;
      return at(k, i - 1) + ((at(k, i) - at(k, i - 1)) * (x - w[i - 1])) / (w[i] - w[i - 1]);
    };
    // An open article: its difference from the typical one, interpolated between the widths of aw.
    const article = (a) => {
      const [b, o] = [kk.a[a], t === kk ? 0 : t.a[a]];
      const aw = HEIGHTS.aw;
      if (!b && !o) return 0;
      const d = aw.map((_, n) => (b ? b[n] : 0) + (o ? o[n] : 0));
      const k = aw.findIndex((y) => y >= x);
      const j = k < 0 ? aw.length - 1 : Math.max(1, k);
      const f = Math.max(0, Math.min(1, (x - aw[j - 1]) / (aw[j] - aw[j - 1])));
      return q * (d[j - 1] + (d[j] - d[j - 1]) * f);
    };
    const context = start !== 'compare' || views.every((y) => y === 'compare') ? 'nrt'.split('').filter((c, j) => has(SECTIONS[3 + j])).join('') : '';
    let h = views.length > 1 ? row(`tabs${views.length}`) : 0;
    h += context ? row(`x:${context}`) : 0;
    if (start === 'map' && has('map')) {
      h += row(has('panel') ? 'map' : 'map1') + row(`m:${get('metric')}`);
      if (region && has('panel')) h += row(`r:${region}`, 'r:*');
    } else if (start === 'map' && region) h += row(`p:${region}`, 'p:*');
    else if (start === 'table') h += row('table');
    else if (start === 'compare') h += get('article') ? row('pair') + article(get('article')) + (get('mode') === 'inline' ? row('inline') : 0) : row('list');
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

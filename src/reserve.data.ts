// Written by scripts/reserve.mjs: each widget's drawn height in px at each width (by tag, and
// by tag and attribute for the attributes that change it most), for the
// built-in dataset in the page font below at 16px, evaluated at AS_OF. Do not edit by hand.
export const FONT = 'system-ui, sans-serif';
export const AS_OF = '2026-12-06';
export const WIDTHS = [288, 320, 343, 360, 375, 390, 414, 480, 560, 600, 640, 680, 720, 768];
export const HEIGHTS: Record<string, number[]> = {
  'sov-compute-gap': [860, 791, 791, 770, 747, 747, 724, 724, 677, 654, 631, 610, 610, 610],
  'sov-metric-toggle': [954, 861, 841, 794, 794, 767, 747, 639, 639, 639, 618, 572, 572, 572],
  'sov-stack-card': [1447, 1354, 1354, 1198, 1128, 1128, 1105, 1012, 802, 779, 732, 712, 642, 642],
  'sov-bull-bear': [1544, 1384, 1318, 1225, 1178, 1132, 1062, 946, 903, 768, 725, 725, 655, 632],
  'sov-milestones': [1226, 1159, 1093, 1046, 1046, 1023, 1000, 910, 910, 887, 864, 864, 864, 864],
  'sov-use-cases': [2075, 1965, 1813, 1790, 1746, 1656, 1612, 1458, 1224, 1201, 1088, 1067, 1067, 980],
  'sov-explainer': [8947, 8268, 7919, 7534, 7351, 7164, 6877, 6243, 5709, 5482, 5189, 5081, 4942, 4812],
  'sov-compute-gap[measure="capital"]': [577, 508, 508, 508, 484, 484, 461, 461, 418, 394, 371, 371, 371, 371],
  'sov-compute-gap[measure="compute"]': [554, 508, 508, 508, 484, 484, 461, 441, 418, 394, 371, 371, 371, 371],
  'sov-bull-bear[side="bull"]': [922, 832, 812, 742, 719, 696, 650, 580, 560, 536, 516, 470, 447, 423],
  'sov-bull-bear[side="bear"]': [889, 800, 733, 687, 663, 617, 594, 547, 504, 481, 437, 414, 414, 414],
};

// Written by scripts/reserve.mjs: each widget's drawn height in px at each width (by tag, and
// by tag and attribute for the attributes that change it most), for the
// built-in dataset in the page font below at 16px. Do not edit by hand.
export const FONT = 'system-ui, sans-serif';
export const WIDTHS = [288, 320, 343, 360, 375, 390, 414, 480, 560, 600, 640, 680, 720, 768];
export const HEIGHTS: Record<string, number[]> = {
  'sov-compute-gap': [824, 779, 737, 737, 737, 715, 715, 715, 647, 624, 605, 605, 605, 605],
  'sov-metric-toggle': [886, 823, 801, 763, 763, 736, 713, 629, 629, 610, 589, 565, 565, 542],
  'sov-stack-card': [1348, 1258, 1153, 1111, 1087, 1062, 1041, 997, 749, 701, 682, 618, 618, 618],
  'sov-bull-bear': [943, 881, 858, 788, 740, 740, 648, 624, 878, 724, 724, 701, 655, 631],
  'sov-milestones': [1181, 1115, 1092, 1046, 1023, 999, 957, 888, 888, 888, 842, 842, 842, 842],
  'sov-use-cases': [1976, 1788, 1725, 1639, 1617, 1575, 1533, 1386, 1156, 1049, 1049, 1009, 966, 924],
  'sov-explainer': [8004, 7403, 7080, 6798, 6682, 6544, 6237, 5827, 5503, 5152, 5023, 4874, 4784, 4675],
  'sov-compute-gap[measure="capital"]': [542, 498, 474, 474, 474, 452, 452, 434, 389, 365, 365, 365, 365, 365],
  'sov-compute-gap[measure="compute"]': [519, 498, 474, 474, 474, 452, 452, 434, 389, 365, 365, 365, 365, 365],
  'sov-bull-bear[side="bull"]': [943, 881, 858, 788, 740, 740, 648, 624, 534, 515, 492, 469, 446, 423],
  'sov-bull-bear[side="bear"]': [911, 825, 779, 755, 661, 638, 638, 592, 502, 436, 413, 413, 413, 413],
};

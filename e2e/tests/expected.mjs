// Expected routing, typed by hand from data/points.toml and the routing rules in
// src/domain/routing.rs, so that a wrong number or a wrong order fails the tests.

// The first phone number (tel: link) of each point, as the research gives it; null = no phone.
export const FIRST_NUMBER = {
  bonaire_emergency: '911', bonaire_tipline: '9310', bonaire_police: '+5997178000', bonaire_victim_support: '+5997176181',
  bonaire_labour: '+5997158888', bonaire_care: '08020802', bonaire_childline: '918',
  statia_emergency: '911', statia_tipline: '9310', statia_police: '+5997178000', statia_victim_support: '+5997900426',
  statia_labour: '+5993183376', statia_care: '08020802', statia_childline: '918',
  saba_emergency: '911', saba_tipline: '9310', saba_police: '+5997178000', saba_victim_support: '+5997900019',
  saba_labour: '+5994163804', saba_care: '08020802', saba_childline: '918',
  aruba_emergency: '911', aruba_cmma: null, aruba_police: '+2975824000', aruba_victim_support: null, aruba_labour: '+2975237720',
  aruba_sostenemi: '+2975881010', aruba_fhmd: '+2975671670',
  curacao_emergency: '911', curacao_path: null, curacao_police: '911', curacao_victim_support: '+59997477229', curacao_labour: null,
  sxm_emergency: '911', sxm_nrc: null, sxm_police: '+17215422222', sxm_tipline: '9300', sxm_victim_support: null, sxm_labour: '+17215205279',
  nl_emergency: '112', nl_comensha: '+31334481186', nl_police: '09008844', nl_tipline: '08007000', nl_labour: '08005151',
};

export const WHATSAPP = { aruba_cmma: 'https://wa.me/2975975223' };
export const MESSENGER = { aruba_cmma: 'https://m.me/CMMAruba' };
export const EMAIL = {
  bonaire_police: 'mailto:politie@politiecn.com', statia_police: 'mailto:politie@politiecn.com', saba_police: 'mailto:politie@politiecn.com',
};

const bes = (p) => ({
  none: [`${p}_victim_support`, `${p}_tipline`, `${p}_care`, `${p}_childline`, `${p}_police`, `${p}_labour`, `${p}_emergency`],
  some: [`${p}_victim_support`, `${p}_labour`, `${p}_tipline`, `${p}_care`, `${p}_police`, `${p}_emergency`],
  exploitation: [`${p}_labour`, `${p}_police`, `${p}_tipline`, `${p}_victim_support`, `${p}_care`, `${p}_emergency`],
  trafficking: [`${p}_labour`, `${p}_police`, `${p}_tipline`, `${p}_victim_support`, `${p}_care`, `${p}_emergency`],
  // The danger set is an adult: the children's line only when the child lists apply.
  danger: [`${p}_emergency`, `${p}_labour`, `${p}_police`, `${p}_tipline`, `${p}_victim_support`, `${p}_care`],
});

/** island → answer set → point ids in the order they must appear. */
export const ORDER = {
  bonaire: bes('bonaire'),
  'sint-eustatius': bes('statia'),
  saba: bes('saba'),
  // A point that can be called or messaged comes before one with only a website, and that
  // before one with no channel at all (Aruba's victim support); the emergency number is last
  // unless there is danger now.
  aruba: {
    none: ['aruba_cmma', 'aruba_sostenemi', 'aruba_fhmd', 'aruba_police', 'aruba_labour', 'aruba_victim_support', 'aruba_emergency'],
    some: ['aruba_cmma', 'aruba_labour', 'aruba_fhmd', 'aruba_police', 'aruba_victim_support', 'aruba_emergency'],
    exploitation: ['aruba_cmma', 'aruba_labour', 'aruba_police', 'aruba_fhmd', 'aruba_victim_support', 'aruba_emergency'],
    trafficking: ['aruba_cmma', 'aruba_labour', 'aruba_police', 'aruba_fhmd', 'aruba_victim_support', 'aruba_emergency'],
    // The child line (Sostenemi) only when the child lists apply: the danger set is an adult.
    danger: ['aruba_emergency', 'aruba_cmma', 'aruba_labour', 'aruba_police', 'aruba_fhmd', 'aruba_victim_support'],
  },
  // PATH and SOAW have only a website; with the papers kept (trafficking set) SOAW also says it needs a valid ID.
  curacao: {
    none: ['curacao_victim_support', 'curacao_police', 'curacao_path', 'curacao_labour', 'curacao_emergency'],
    some: ['curacao_victim_support', 'curacao_police', 'curacao_path', 'curacao_labour', 'curacao_emergency'],
    exploitation: ['curacao_police', 'curacao_victim_support', 'curacao_path', 'curacao_labour', 'curacao_emergency'],
    trafficking: ['curacao_police', 'curacao_victim_support', 'curacao_path', 'curacao_labour', 'curacao_emergency'],
    danger: ['curacao_emergency', 'curacao_police', 'curacao_victim_support', 'curacao_path', 'curacao_labour'],
  },
  'sint-maarten': {
    none: ['sxm_tipline', 'sxm_police', 'sxm_labour', 'sxm_nrc', 'sxm_victim_support', 'sxm_emergency'],
    some: ['sxm_labour', 'sxm_tipline', 'sxm_police', 'sxm_nrc', 'sxm_victim_support', 'sxm_emergency'],
    exploitation: ['sxm_labour', 'sxm_police', 'sxm_tipline', 'sxm_nrc', 'sxm_victim_support', 'sxm_emergency'],
    trafficking: ['sxm_labour', 'sxm_police', 'sxm_tipline', 'sxm_nrc', 'sxm_victim_support', 'sxm_emergency'],
    danger: ['sxm_emergency', 'sxm_labour', 'sxm_police', 'sxm_tipline', 'sxm_nrc', 'sxm_victim_support'],
  },
  elsewhere: {
    none: ['nl_comensha', 'nl_tipline', 'nl_police', 'nl_labour', 'nl_emergency'],
    some: ['nl_comensha', 'nl_labour', 'nl_tipline', 'nl_police', 'nl_emergency'],
    exploitation: ['nl_comensha', 'nl_labour', 'nl_police', 'nl_tipline', 'nl_emergency'],
    trafficking: ['nl_comensha', 'nl_labour', 'nl_police', 'nl_tipline', 'nl_emergency'],
    danger: ['nl_emergency', 'nl_comensha', 'nl_labour', 'nl_police', 'nl_tipline'],
  },
};

// The questions everyone sees (data/sets.toml: the ones no earlier question opens).
export const ROOTS = ['under_18', 'works_for_someone', 'domestic_live_in', 'sex_for_money', 'forced_crime', 'someone_arranged',
  'violence', 'afraid_now'];
// What "work for someone" opens (data/indicators.toml), in display order.
const WORK = ['excessive_hours', 'low_or_no_pay', 'dangerous_work', 'passport_kept', 'debt_to_employer', 'pay_withheld',
  'movement_controlled', 'permit_threat'];
const RECRUITMENT = ['online_offer', 'job_different', 'pay_different', 'papers_promised', 'forced_to_come', 'threatened_to_come',
  'travel_debt', 'lover_recruiter'];
const SCREENING = ROOTS.slice(0, 6);
const LAST = ['violence', 'afraid_now'];

/** Answer sets: the indicator ids answered "yes" (everything else "no"), the level they reach, and
 *  (self path) the questions a person sees, typed by hand from data/sets.toml and the `opens` lists.
 *  Self-only screening ids are simply absent from the checklist. */
export const SETS = {
  none: { yes: [], level: 'none', danger: false, seen: ROOTS },
  some: { yes: ['works_for_someone', 'low_or_no_pay'], level: 'some', danger: false, seen: [...SCREENING, ...WORK, ...LAST] },
  exploitation: { yes: ['works_for_someone', 'excessive_hours'], level: 'exploitation', danger: false, seen: [...SCREENING, ...WORK, ...LAST] },
  trafficking: {
    yes: ['works_for_someone', 'someone_arranged', 'job_different', 'pay_different', 'excessive_hours', 'low_or_no_pay', 'passport_kept', 'debt_to_employer'],
    level: 'trafficking', danger: false, seen: [...SCREENING, ...RECRUITMENT, ...WORK, ...LAST],
  },
  danger: { yes: ['violence'], level: 'exploitation', danger: true, seen: ROOTS },
};
export const SET_NAMES = Object.keys(SETS);

/** Items whose "yes" means danger now (data/indicators.toml `danger_now`). */
export const DANGER_IDS = ['locked_in', 'violence', 'forced_sex', 'afraid_now'];

// Every self-check question in display order (data/sets.toml); the handout prints them all.
export const SELF_CHECK = ['under_18', 'child_not_school', 'works_for_someone', 'domestic_live_in', 'sex_for_money', 'forced_crime',
  'someone_arranged', ...RECRUITMENT, 'money_pressure', 'hard_situation', 'excessive_hours', 'low_or_no_pay', 'dangerous_work', 'live_in_no_privacy',
  'hand_over_sex_money', 'passport_kept', 'debt_to_employer', 'pay_withheld', 'movement_controlled', 'locked_in', 'permit_threat',
  'forced_sex', 'violence', 'afraid_now'];

export { mentionsIn, provincesAsked, currentUnitOf, formerProvinceNames, type ProvinceMention, type MentionOptions, type AskedProvince } from "./gazetteer.js";
export { isSyllable } from "./typos.js";
export { FORMER_PROVINCES, CURRENT_PROVINCES, MERGER_DATE, type FormerProvince, type CurrentProvince } from "./data.js";

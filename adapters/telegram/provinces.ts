import { foldText, mentionsIn } from "../../knowledge/index.js";

/**
 * Provinces as short ASCII keys for deep links (`t.me/<bot>?start=long-an`) and buttons, read
 * back through the gazetteer, so every province and alias it knows works and no list is kept here.
 */

/** "Lào Cai" → "lao-cai", "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugOf(province: string): string {
  return (foldText(province).match(/[a-z0-9]+/g) ?? []).join("-");
}

/** The province a key names ("long-an", "tp_hcm", "hue"), as the gazetteer spells it; null if none. */
export function provinceOfSlug(slug: string): string | null {
  return mentionsIn(slug.replace(/[-_]+/g, " "))[0]?.province ?? null;
}

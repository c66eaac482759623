/**
 * Lower case without diacritics, so "swietokrzyski" finds "Świętokrzyski". Search in lists is
 * done in code because `unaccent` is not available everywhere ("ł" has no Unicode
 * decomposition, so it is mapped by hand).
 */
export function foldText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[łŁ]/g, "l").toLowerCase();
}

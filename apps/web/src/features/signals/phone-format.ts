import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** "+32 2 000 00 11" for display; the tel: link keeps E.164. Unparseable values are shown as given. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

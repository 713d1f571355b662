import type { MailPart, ParsedMessage } from './parse-mail';
import { isRobotSender } from './robots';
import { foldForMatching } from './text-normalize';

export interface BounceVerdict {
  /** The address that could not be reached, lower-case; null when the report does not say. */
  address: string | null;
  type: 'hard' | 'soft';
}

/** A delivery-status notification that reports success (Action: delivered/relayed/expanded). */
export interface DeliveryNotice {
  delivered: true;
  action: string;
}

const ADDRESS = /[a-z0-9._%+\-=']+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;
const ENHANCED_STATUS = /(?<![\d.])([245])\.\d{1,3}\.\d{1,3}(?![\d.])/;
const ENHANCED_FAILURE = /(?<![\d.])([45])\.\d{1,3}\.\d{1,3}(?![\d.])/;
// An SMTP reply code where delivery software quotes one ("said: 550", "returned '550", "550-5.1.1");
// a bare three-digit number elsewhere is as likely a phone number.
// "Motiv / Reason: 550 Mailbox disabled" (h192_074): an ISP's bilingual label before the code.
const SMTP_CODE = /(?:^|said:|returned|response[^:\n]*:|error[^:\n]*:|reason[^:\n]*:|motiv[^:\n]*:|smtp;|\()\s*['"]?([45])[0-5]\d(?=[\s-])/im;
// Where the notice ends and the returned original begins.
const ORIGINAL_BEGINS =
  /^\s*(?:-{2,}[^\n]*(?:original message|copy of the message|below this line|returned message|mesajul original|mesajului original)|original message headers:|-{5,} ?(?:original|forwarded))/im;
const FOLD = /\r?\n[ \t]+/g;
const FIELD_LINE = /^([A-Za-z-]+)[ \t]*:[ \t]*(.*)$/;

// Folded subjects of non-standard failure notices (English, Romanian Outlook, a few neighbours).
// A helpdesk's automatic forward of the notice keeps it a bounce: "FW: Undeliverable: …" (h196_099).
const BOUNCE_SUBJECT =
  /^(?:\[[^\]]*\]\s*)?(?:(?:fw|fwd|tr|rv|wg)\s*:\s*)?(undeliverable|undelivered mail|undelivered message|mail delivery failed|mail delivery failure|delivery status notification \((?:failure|delay)\)|delivery failure|(?:permanent|temporary|transient) delivery (?:failure|error)|returned mail|failure notice|message not delivered|uncaught bounce notification|mail system error|delivery notification: delivery has failed|nedeliverabil|nedistribuibil|nelivrabil|returnat|mesaj returnat|mesajul a fost returnat|mesaj nelivrat|nu s-a putut livra|intarziere (?:la )?livrare|notificare privind starea livrarii|unzustellbar|non remis|non recapitabile|no se puede entregar|onbestelbaar|nepristatytas)/;

// Phrases that only mail delivery software writes (folded). Mailman 2.1 passes a bounce it could not parse to the
// list's owners as an "Uncaught bounce notification" that names the failed address (h210_090).
const BOUNCE_BODY =
  /this is the qmail-send program|delivery has failed to these recipients or groups|your message did not reach some or all of the intended recipients|your message to \S+ (?:couldn'?t|could not) be delivered|address not found|your message wasn'?t delivered to|delivery to the following recipients? failed|i'?m sorry to have to inform you that your message could not|this is the mail system at host|a message that you sent could not be delivered|the following address\(es\) failed|following addresses had permanent fatal errors|had permanent fatal delivery errors|the original message was received at|unable to deliver (?:your )?message to the following address|mesajul dvs\. nu a ajuns la|livrarea a esuat catre acesti destinatari|livrarea nu a reusit catre acesti destinatari|mesajul (?:dumneavoastra|dvs\.?) (?:catre \S+ )?nu a putut fi livrat|mesajul nu a fost livrat catre|nu a putut livra mesajul (?:catre|la)|you are not allowed to post to this mailing list|there was a problem delivering your message to|the attached message was received as a bounce/;

// Exchange's synthetic NDR sender: MicrosoftExchange + 32 hex digits.
const EXCHANGE_SENDER = /^microsoftexchange[0-9a-f]{32}@/i;

/**
 * Recognises a bounce: a standard delivery-status report (RFC 3464, `multipart/report;
 * report-type=delivery-status`) or the common non-standard notices (qmail, Exchange NDR text,
 * Gmail, Postfix, Exim, sendmail). Returns the bounced address and whether the failure is
 * permanent, a `DeliveryNotice` for a success report, or null for anything else.
 */
export function detectBounce(message: ParsedMessage): BounceVerdict | DeliveryNotice | null {
  const dsnPart = message.parts.find(isDeliveryStatus);
  if (dsnPart) {
    const report = readDeliveryStatus(dsnPart.content.toString('utf8'));
    if (report) return report;
  }

  const failed = message.headers.get('x-failed-recipients')?.[0];
  const from = message.facts.from?.address;
  const subject = foldForMatching(message.facts.subject);
  const robotSender = isRobotSender(from) || (from !== undefined && EXCHANGE_SENDER.test(from));
  const nullPath = message.headers.get('return-path')?.some((value) => /^<\s*>$/.test(value)) ?? false;
  const bounceSubject = BOUNCE_SUBJECT.test(subject);
  const isReport = message.contentType.value === 'multipart/report' && message.contentType.params['report-type'] !== 'disposition-notification';
  if (!failed && !robotSender && !nullPath && !bounceSubject && !isReport) return null;

  const full = bodyText(message);
  const cut = ORIGINAL_BEGINS.exec(full);
  const body = cut ? full.slice(0, cut.index) : full;
  const folded = foldForMatching(body);
  const bodySaysBounce = BOUNCE_BODY.test(folded);
  // A robot sender alone is not a bounce (postmaster may write to people); it needs a
  // bounce subject or the words of delivery software.
  // Delivery software in a language the patterns do not know still writes an enhanced status code and the address:
  // "Laiškas nepristatytas … Undeliverable: host unknown for <info@…>. Status 5.1.2" from postmaster@ (h310_094).
  const statusFromRobot = robotSender && ENHANCED_FAILURE.test(folded) && ADDRESS.test(body);
  if (!failed && !bodySaysBounce && !statusFromRobot && !(bounceSubject && (robotSender || nullPath || isReport)) && !(isReport && dsnPart)) return null;

  const address =
    firstAddress(failed) ??
    addressFromText(body) ??
    addressFromAttachedOriginal(message.parts) ??
    (cut ? addressFromOriginalHeaders(full.slice(cut.index)) : null) ??
    soleAddress(body, [from, ...message.facts.to.map((to) => to.address)]);
  return { address, type: failureType(body) };
}

const ADDRESSES = new RegExp(ADDRESS.source, 'gi');

/**
 * The one address a notice names besides its sender and recipients, however it words the failure: "Mesajul trimis
 * catre adresa X nu a putut fi livrat" (an ISP, h313_089), "The following message to <X> was undeliverable"
 * (a gateway, h313_090), "<X>... Deferred" (sendmail's warning, h313_091). None when it names two or more.
 */
function soleAddress(body: string, known: readonly (string | undefined)[]): string | null {
  const own = new Set(known.filter((address): address is string => address !== undefined).map((address) => address.toLowerCase()));
  const named = new Set([...body.matchAll(ADDRESSES)].map((match) => match[0].toLowerCase()).filter((address) => !own.has(address)));
  return named.size === 1 ? [...named][0]! : null;
}

function isDeliveryStatus(part: MailPart): boolean {
  return part.contentType === 'message/delivery-status' || part.contentType === 'message/global-delivery-status';
}

/** Reads RFC 3464 per-recipient fields; the first failed (or delayed) recipient wins. */
function readDeliveryStatus(text: string): BounceVerdict | DeliveryNotice | null {
  const blocks = text.replace(FOLD, ' ').split(/\r?\n\s*\r?\n/);
  let success: DeliveryNotice | null = null;
  let fallback: BounceVerdict | null = null;
  for (const block of blocks) {
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      const match = FIELD_LINE.exec(line.trim());
      if (match) fields.set(match[1]!.toLowerCase(), match[2]!.trim());
    }
    const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
    if (recipient === undefined) continue;
    const address = firstAddress(recipient.replace(/^[a-z0-9-]+\s*;/i, '')) ?? firstAddress(fields.get('original-recipient'));
    const action = (fields.get('action') ?? '').toLowerCase();
    const status = fields.get('status') ?? '';
    const klass = ENHANCED_STATUS.exec(status)?.[1];
    if (action === 'delivered' || action === 'relayed' || action === 'expanded' || klass === '2') {
      success ??= { delivered: true, action: action || 'delivered' };
      continue;
    }
    // RFC 3463: 5.x.x permanent, 4.x.x transient; without a status the action decides.
    const type: BounceVerdict['type'] = klass === '4' || (klass === undefined && action === 'delayed') ? 'soft' : 'hard';
    if (action === 'failed' || type === 'hard') return { address, type };
    fallback ??= { address, type };
  }
  return fallback ?? success;
}

function firstAddress(value: string | undefined): string | null {
  if (!value) return null;
  const match = ADDRESS.exec(value);
  return match ? match[0].toLowerCase() : null;
}

const AFTER_MARKER =
  /(?:delivery has failed to these recipients or groups:|the following address\(es\) failed:|delivery to the following recipients? failed(?: permanently)?:|following addresses had permanent fatal errors -*|your message did not reach some or all of the intended recipients\.?|the following recipient\(s\) could not be reached:|livrarea a eșuat către acești destinatari sau grupuri:|livrarea nu a reușit către acești destinatari sau grupuri:|nu a putut fi livrat (?:c[ăa]tre )?(?:următorului destinatar|următorilor destinatari|urmatorului destinatar|urmatorilor destinatari|următorul destinatar|următorii destinatari|urmatorul destinatar|urmatorii destinatari):|could not be delivered to the following recipients?:|was not delivered to:|nu a putut livra mesajul (?:către|catre|la):|did not reach the following recipient\(s\):)(?=\s*\n((?:[^\n]*\n?){1,4}))/gi;
const GMAIL_NOT_DELIVERED = /wasn'?t delivered to\s+<?([^\s<>]+@[^\s<>]+?)>?\s+because/i;
// "Your message to X could not be delivered." spelled out too (h151_092).
const COULDNT_BE_DELIVERED = /your message to\s+<?([^\s<>]+@[^\s<>]+?)>?\s+(?:couldn'?t|could not) be delivered/i;
// Gmail's "There was a problem delivering your message to X." (h210_095).
const PROBLEM_DELIVERING = /problem delivering your message to\s+<?([^\s<>]+@[^\s<>]+?)>?[.,;]?(?:\s|$)/i;
// "Mesajul dumneavoastră nu a putut fi livrat către X." (h176_091).
// Gmail's Romanian "Mesajul nu a fost livrat către X deoarece adresa nu a fost găsită" (h275_094).
const NOT_DELIVERED_TO_RO = /nu a (?:putut fi|fost) livrat\s+(?:c[ăa]tre|la)\s+<?([^\s<>]+@[^\s<>]+?)>?[.,;]?(?:\s|$)/i;
// A Romanian server's delay warning: "Mesajul dumneavoastră către X nu a putut fi livrat în ultimele 24 de ore" (h267_048).
const TO_NOT_DELIVERED_RO = /mesajul\s+(?:dumneavoastr[ăa]|dvs\.?)\s+c[ăa]tre\s+<?([^\s<>]+@[^\s<>]+?)>?\s+nu a putut fi livrat/i;
// Gmail's Romanian "Adresa X nu a fost găsită" (h239_095), the English "Address not found" in the notice's own language.
const ADDRESS_NOT_FOUND_RO = /adresa\s+<?([^\s<>]+@[^\s<>]+?)>?\s+nu a fost g/i;
const ANGLE_LINE = /^<([^<>\s]+@[^<>\s]+)>:/m;
// Mailman 2.1's non-member rejection names only the list's owner ("contact the mailing list owner at
// X-owner@host"): the address that refused the post is the list's, the owner's without "-owner" (h174_080).
const LIST_OWNER = /mailing list owner at\s+<?([^\s<>@]+)-owner@([^\s<>]+?)>?\.?(?:\s|$)/i;

/** Where non-standard notices name the failed recipient, most specific first. */
function addressFromText(body: string): string | null {
  const gmail = GMAIL_NOT_DELIVERED.exec(body) ?? COULDNT_BE_DELIVERED.exec(body) ?? PROBLEM_DELIVERING.exec(body) ?? NOT_DELIVERED_TO_RO.exec(body) ?? TO_NOT_DELIVERED_RO.exec(body) ?? ADDRESS_NOT_FOUND_RO.exec(body);
  if (gmail) return firstAddress(gmail[1]);
  // qmail ("<addr>:" on its own line) and Postfix ("<addr>: host … said: 550 …").
  const angle = ANGLE_LINE.exec(body);
  if (angle) return firstAddress(angle[1]);
  const list = LIST_OWNER.exec(body);
  if (list) return firstAddress(`${list[1]}@${list[2]}`);
  // Every marker: Exchange 2003 opens with one that lists nothing and names the recipients after a second.
  for (const marker of body.matchAll(AFTER_MARKER)) {
    const listed = firstAddress(marker[1]);
    if (listed) return listed;
  }
  // Last resort: an address on a line that carries an SMTP failure code, or that starts a
  // recipient's entry whose code follows on the next lines (Exchange 2003: "addr on
  // 10.01.2020 10:22" / reason / "<host #5.1.1>"; an ISP's "Destinatar: addr" / "Motiv: … 550 5.1.1").
  const lines = body.split(/\r?\n/);
  for (const line of lines) {
    if (SMTP_CODE.test(line) || ENHANCED_FAILURE.test(line)) {
      const address = firstAddress(line);
      if (address) return address;
    }
  }
  for (const [index, line] of lines.entries()) {
    const entry = RECIPIENT_ENTRY.exec(line);
    // A labelled entry with its reason labelled after it needs no code: "Destinatar: addr" / "Motiv: Căsuța poștală … este plină" (h211_093).
    const labelled = entry !== null && entry[0].includes(':');
    const failure = (next: string): boolean => ENHANCED_FAILURE.test(next) || SMTP_CODE.test(next) || (labelled && REASON_LABEL.test(next));
    if (entry && lines.slice(index + 1, index + 4).some(failure)) return firstAddress(entry[1]);
  }
  return null;
}

// A recipient's entry: the address alone on its line, or after a label ("Destinatar:",
// "Recipient:", as ISPs' own notices write it), the failure reason on the lines after it.
const RECIPIENT_ENTRY =
  /^\s*(?:(?:recipient(?: address)?|failed recipient|failed address|destinatar(?:ul|i)?|adresa destinatarului|empf[aä]nger|destinataire|destinatario)(?:\s*\/\s*(?:recipient|destinatar))?\s*:\s*)?<?([a-z0-9._%+\-=']+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})>?(?:\s+on\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*|\s*)$/i;

/** A notice's reason label, in the languages of the recipient labels above. */
const REASON_LABEL = /^\s*(?:motiv(?:ul)?|cauza|eroare|reason|error|grund|fehler|raison|motivo)(?:\s*\/\s*[a-z]+)?\s*:/i;

/** The To of the returned original (message/rfc822 or text/rfc822-headers part). */
function addressFromAttachedOriginal(parts: MailPart[]): string | null {
  for (const part of parts) {
    if (part.contentType !== 'message/rfc822' && part.contentType !== 'text/rfc822-headers') continue;
    const address = addressFromOriginalHeaders(part.content.toString('utf8'));
    if (address) return address;
  }
  return null;
}

const TO_FIELD = /^to:[ \t]*(.*(?:\r?\n[ \t].*)*)/im;

function addressFromOriginalHeaders(text: string): string | null {
  return firstAddress(TO_FIELD.exec(text)?.[1]);
}

const SOFT_WORDS = /\b(temporar(?:y|ily)|delayed|deferred|will (?:retry|keep trying|continue trying)|still trying|mailbox (?:is )?full|over quota|quota exceeded)\b/i;

function failureType(body: string): BounceVerdict['type'] {
  const enhanced = ENHANCED_FAILURE.exec(body)?.[1];
  if (enhanced === '4') return 'soft';
  if (enhanced === '5') return 'hard';
  const code = SMTP_CODE.exec(body)?.[1];
  if (code === '4') return 'soft';
  if (code === '5') return 'hard';
  // No code at all: a "failure notice" without a delay wording is permanent.
  return SOFT_WORDS.test(body) ? 'soft' : 'hard';
}

const TAG = /<[^>]*>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|tr|li|table|h\d)\b[^>]*>/gi;

/** Plain text of the notice; NDRs are often HTML-only, and a tag strip is enough to find addresses. */
function bodyText(message: ParsedMessage): string {
  if (message.text) return message.text;
  if (!message.html) return '';
  return message.html
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(BLOCK_TAG, '\n')
    .replace(TAG, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * Bundle-time stand-in for libmime's `mimetypes.js` (70 KB: every MIME type and file
 * extension). The bundled readers ask it one thing: mailparser and mailsplit turn an
 * `application/octet-stream` attachment's file name into a type, which is how an
 * `invite.ics` sent as octet-stream is still read as a calendar. This keeps the entries
 * for calendars, mail, delivery notices, text, images and office documents, each exactly as
 * in the real table (tests/cdk/bundle-trims.test.ts compares them); any other extension
 * reads as `application/octet-stream`, which no reader here acts on. libmime imports the
 * table by a relative path: the `relativeTrims` plugin in cdk/bundling.ts swaps it.
 */
export const list: Record<string, string | string[]> = {
  'text/calendar': 'ics',
  'text/plain': ['txt', 'bas', 'c', 'h', 'c++', 'cc', 'com', 'conf', 'cxx', 'def', 'f', 'f90', 'for', 'g', 'hh', 'idc', 'jav', 'java', 'list', 'log', 'lst', 'm', 'mar', 'pl', 'sdml', 'text'],
  'text/html': ['html', 'htm', 'stm', 'acgi', 'htmls', 'htx', 'shtml'],
  'text/csv': 'csv',
  'application/json': 'json',
  'application/pdf': 'pdf',
  'message/rfc822': ['eml', 'mht', 'mhtml', 'nws', 'mime'],
  'image/png': ['png', 'x-png'],
  'image/jpeg': ['jpeg', 'jpe', 'jpg', 'jfif', 'jfif-tbnl'],
  'image/gif': 'gif',
  'application/zip': 'zip',
  'application/octet-stream': ['*'],
};

export const extensions: Record<string, string | string[]> = {
  ics: 'text/calendar',
  vcs: 'text/x-vcalendar',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  png: 'image/png',
  jpg: ['image/jpeg', 'image/pjpeg'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  gif: 'image/gif',
  svg: 'image/svg+xml',
  zip: ['application/zip', 'multipart/x-zip', 'application/x-zip-compressed', 'application/x-compressed'],
  bin: ['application/octet-stream', 'application/mac-binary', 'application/macbinary', 'application/x-macbinary', 'application/x-binary'],
  p7s: ['application/pkcs7-signature', 'application/x-pkcs7-signature'],
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: ['application/vnd.ms-excel', 'application/excel', 'application/x-msexcel', 'application/x-excel'],
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export default { list, extensions };

// Bundle-time alias target for `libmime`: @zone-eu/mailsplit pins its own older copy
// (5.4.x, CommonJS), which would put a second libmime with a second 70 KB MIME-type table in
// the bundle. This hands every importer the one top-level copy, shaped like the CommonJS
// export (the default instance, with the Libmime class attached). Verified by
// tests/cdk/bundle-trims.test.ts on every fixture mail.
module.exports = require('../../node_modules/libmime/dist/esm/libmime.js').default;

// Compose one message with nodemailer (streamTransport, buffer: true) from a JSON spec on
// stdin and print the raw MIME it would send; nothing is sent.
// Run with NODE_PATH pointing at a scratch node_modules holding nodemailer (never committed).
'use strict';
const fs = require('fs');
const nodemailer = require('nodemailer');

const spec = JSON.parse(fs.readFileSync(0, 'utf8'));
const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
const addr = (a) => (a[1] ? { name: a[1], address: a[0] } : a[0]);
const msg = {
  from: addr(spec.from),
  to: spec.to.map(addr),
  cc: (spec.cc || []).map(addr),
  subject: spec.subject,
  text: spec.text,
  html: spec.html || undefined,
  date: spec.date ? new Date(spec.date) : undefined,
  headers: spec.headers || {},
  textEncoding: spec.text_encoding || undefined,
  attachments: (spec.attachments || []).map((a) => ({
    filename: a.name,
    path: a.path,
    contentType: a.content_type || undefined,
    cid: a.cid || undefined,
    encoding: a.transfer_encoding || undefined,
    contentTransferEncoding: a.transfer_encoding || undefined,
  })),
};
if (spec.in_reply_to) { msg.inReplyTo = spec.in_reply_to; msg.references = spec.in_reply_to; }
transport.sendMail(msg, (err, info) => {
  if (err) { console.error(err.message); process.exit(1); }
  process.stdout.write(info.message);
});

// Build one message with nodemailer's MailComposer and print it; nothing is sent.
// Input: a JSON job on standard input (see gen/clients.py, _json_job).
// nodemailer comes from npm into a scratch folder outside the repository (NODE_PATH).
const MailComposer = require('nodemailer/lib/mail-composer');
let input = '';
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', () => {
  const job = JSON.parse(input);
  const fmt = (p) => ({ name: p[0], address: p[1] });
  const mail = new MailComposer({
    from: fmt([job.from_name, job.from]),
    to: job.to.map(fmt),
    cc: job.cc.map(fmt),
    subject: job.subject,
    text: job.text === null ? undefined : job.text,
    html: job.html === null ? undefined : job.html,
    messageId: '<' + job.messageid + '>',
    date: new Date(job.date),
    headers: Object.fromEntries(job.headers),
    attachments: job.attachments.map((a) => ({ filename: a.name, path: a.path }))
      .concat(job.inline.map((a) => ({ filename: a.name, path: a.path, cid: a.cid }))),
  });
  mail.compile().build((err, message) => {
    if (err) { console.error(err); process.exit(1); }
    process.stdout.write(message);
  });
});

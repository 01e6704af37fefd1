<?php
// Compose one message with PHPMailer (Debian libphp-phpmailer) from a JSON spec on stdin and
// print the MIME PHPMailer would send (preSend + getSentMIMEMessage); nothing is sent.
require '/usr/share/php/libphp-phpmailer/autoload.php';
use PHPMailer\PHPMailer\PHPMailer;

$spec = json_decode(stream_get_contents(STDIN), true);
$m = new PHPMailer(true);
$m->CharSet = $spec['charset'] ?? 'UTF-8';
$m->Encoding = $spec['encoding'] ?? 'base64';
$m->XMailer = $spec['x_mailer'] ?? null;
$m->Hostname = $spec['hostname'] ?? 'localhost';
if (!empty($spec['message_date'])) { $m->MessageDate = $spec['message_date']; }
$m->setFrom($spec['from'][0], $spec['from'][1] ?? '', false);
foreach ($spec['to'] as $t) { $m->addAddress($t[0], $t[1] ?? ''); }
foreach ($spec['cc'] ?? [] as $t) { $m->addCC($t[0], $t[1] ?? ''); }
foreach ($spec['reply_to'] ?? [] as $t) { $m->addReplyTo($t[0], $t[1] ?? ''); }
foreach ($spec['headers'] ?? [] as $k => $v) { $m->addCustomHeader($k, $v); }
$m->Subject = $spec['subject'] ?? '';
if (!empty($spec['html'])) {
    $m->isHTML(true);
    $m->Body = $spec['html'];
    $m->AltBody = $spec['text'] ?? '';
} else {
    $m->Body = $spec['text'] ?? '';
}
foreach ($spec['attachments'] ?? [] as $a) {
    if (!empty($a['cid'])) {
        $m->addEmbeddedImage($a['path'], $a['cid'], $a['name'], 'base64', $a['content_type'] ?? '');
    } else {
        $m->addAttachment($a['path'], $a['name'], 'base64', $a['content_type'] ?? '');
    }
}
$m->AllowEmpty = true;
$m->preSend();
fwrite(STDOUT, $m->getSentMIMEMessage());

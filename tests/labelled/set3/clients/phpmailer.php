<?php
// Build one message with Debian's PHPMailer (libphp-phpmailer) and print it; nothing is sent.
// Spec (JSON on stdin): from, from_name, to[], cc[], subject, text, html, charset,
// encoding, attachments[{path,name}], inline[{path,cid,name}].
require '/usr/share/php/libphp-phpmailer/autoload.php';
use PHPMailer\PHPMailer\PHPMailer;

$spec = json_decode(stream_get_contents(STDIN), true);
$cs = $spec['charset'] ?? 'UTF-8';
$conv = function ($s) use ($cs) {
    return strtoupper($cs) === 'UTF-8' ? $s : iconv('UTF-8', $cs . '//TRANSLIT', $s);
};
$m = new PHPMailer(true);
$m->CharSet = $cs;
$m->Encoding = $spec['encoding'] ?? 'base64';
$m->XMailer = $spec['xmailer'] ?? '';
$m->Hostname = $spec['hostname'] ?? 'localhost';
$m->setFrom($spec['from'], $conv($spec['from_name'] ?? ''), false);
foreach ($spec['to'] as $t) { $m->addAddress($t); }
foreach ($spec['cc'] ?? [] as $t) { $m->addCC($t); }
$m->Subject = $conv($spec['subject'] ?? '');
if (!empty($spec['html'])) {
    $m->isHTML(true);
    $m->Body = $conv($spec['html']);
    $m->AltBody = $conv($spec['text'] ?? '');
} else {
    $m->Body = $conv($spec['text'] ?? '');
}
foreach ($spec['attachments'] ?? [] as $a) {
    $m->addAttachment($a['path'], $conv($a['name']));
}
foreach ($spec['inline'] ?? [] as $a) {
    $m->addEmbeddedImage($a['path'], $a['cid'], $a['name']);
}
$m->preSend();
echo $m->getSentMIMEMessage();

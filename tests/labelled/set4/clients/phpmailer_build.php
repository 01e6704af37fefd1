<?php
// Build one message with Debian's PHPMailer (libphp-phpmailer) and print it; nothing is sent.
// Input: a JSON job on standard input (see gen/clients.py, _json_job).
require '/usr/share/php/libphp-phpmailer/autoload.php';
use PHPMailer\PHPMailer\PHPMailer;

$job = json_decode(file_get_contents('php://stdin'), true);
$m = new PHPMailer(true);
$m->CharSet = 'UTF-8';
$m->Encoding = 'base64';
$m->XMailer = 'PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)';
$m->setFrom($job['from'], $job['from_name']);
foreach ($job['to'] as $t) { $m->addAddress($t[1], $t[0]); }
foreach ($job['cc'] as $t) { $m->addCC($t[1], $t[0]); }
$m->Subject = $job['subject'];
$m->MessageID = '<' . $job['messageid'] . '>';
$m->MessageDate = $job['date'];
if ($job['html'] !== null) {
    $m->isHTML(true);
    $m->Body = $job['html'];
    $m->AltBody = $job['text'] ?? '';
} else {
    $m->Body = $job['text'];
}
foreach ($job['attachments'] as $a) { $m->addAttachment($a['path'], $a['name']); }
foreach ($job['inline'] as $a) { $m->addEmbeddedImage($a['path'], $a['cid'], $a['name']); }
foreach ($job['headers'] as $h) { $m->addCustomHeader($h[0], $h[1]); }
$m->preSend();
echo $m->getSentMIMEMessage();

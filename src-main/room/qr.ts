/**
 * The room's join address as a QR code (issue 15), drawn as SVG text for the presenter screen.
 * Medium error correction: a projector's glare or a phone held at an angle still reads it.
 */
import QRCode from 'qrcode';

export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The same code as text blocks for a terminal (the `--room` command prints it). */
export async function joinQrTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

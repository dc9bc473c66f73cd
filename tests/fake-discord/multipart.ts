/**
 * A strict multipart/form-data reader (RFC 7578) for the fake Discord: it returns the parts and
 * every way the body departs from the format, instead of guessing. Discord's file uploads are a
 * `payload_json` part (the JSON body) and `files[n]` parts (the files, with a filename).
 */

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export interface ParsedForm {
  parts: FormPart[];
  /** Format findings; [] when the body is well-formed. */
  problems: string[];
}

export function boundaryOf(contentType: string): string | undefined {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

function headerParam(header: string, name: string): string | undefined {
  // filename*= (RFC 5987) is not used by Discord clients; a quoted or bare value is.
  const m = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i').exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

export function parseMultipart(body: Buffer, contentType: string): ParsedForm {
  const problems: string[] = [];
  const boundary = boundaryOf(contentType);
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) return { parts: [], problems: [`content-type ${contentType} is not multipart/form-data`] };
  if (!boundary) return { parts: [], problems: ['multipart/form-data without a boundary parameter'] };
  if (boundary.length > 70) problems.push(`boundary of ${boundary.length} characters (RFC 2046 allows 70)`);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return { parts, problems: [...problems, 'no boundary delimiter in the body'] };
  if (at > 0 && body.subarray(0, at).toString('latin1').trim() !== '') problems.push('text before the first boundary');
  let closed = false;
  while (at >= 0) {
    let cursor = at + delimiter.length;
    if (body.subarray(cursor, cursor + 2).toString('latin1') === '--') {
      closed = true;
      break;
    }
    if (body.subarray(cursor, cursor + 2).toString('latin1') !== '\r\n') {
      problems.push('boundary line not ended by CRLF');
      break;
    }
    cursor += 2;
    const headerEnd = body.indexOf('\r\n\r\n', cursor);
    if (headerEnd < 0) {
      problems.push('part without a blank line after its headers');
      break;
    }
    const headers = new Map<string, string>();
    for (const line of body.subarray(cursor, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) {
        problems.push(`malformed part header "${line.slice(0, 60)}"`);
        continue;
      }
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) {
      problems.push('part not followed by a boundary');
      break;
    }
    const data = body.subarray(headerEnd + 4, next);
    const disposition = headers.get('content-disposition') ?? '';
    const name = headerParam(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === undefined) problems.push(`part without Content-Disposition: form-data; name=… (${disposition || 'none'})`);
    else parts.push({ name, filename: headerParam(disposition, 'filename'), contentType: headers.get('content-type'), data: Buffer.from(data) });
    at = next + 2;
  }
  if (!closed) problems.push('no closing boundary (--boundary--)');
  return { parts, problems };
}

/** Builds a multipart body (for tests of the fake itself). */
export function buildMultipart(parts: FormPart[], boundary = `----desk${Date.now().toString(16)}`): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.contentType ? `Content-Type: ${p.contentType}\r\n` : ''}\r\n`));
    chunks.push(p.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

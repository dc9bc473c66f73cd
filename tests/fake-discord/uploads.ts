import type { FormPart, ParsedForm } from './multipart.ts';

/**
 * Discord's rules for a message sent with files (its "Uploading Files" reference): the JSON body in
 * a `payload_json` part, each file in a `files[n]` part with a filename, at most 10 files, each
 * within the upload size limit, every new file listed in `attachments` by its index, and embeds
 * referring to files by `attachment://<filename>` with a name Discord can address.
 */

export const UPLOAD_LIMITS = {
  files: 10,
  /** Per file: the limit the fake announces in every interaction (attachment_size_limit). */
  fileBytes: 8 * 1024 * 1024,
  /** Whole request. */
  requestBytes: 25 * 1024 * 1024,
  filename: 1024,
  description: 1024,
} as const;

export interface Upload {
  /** n of files[n]. */
  index: number;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export interface UploadForm {
  /** The JSON body from payload_json ({} when missing or broken). */
  payload: Record<string, unknown>;
  uploads: Upload[];
  problems: string[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Names an embed can reference as attachment://name (Discord replaces other characters on upload). */
export const ADDRESSABLE_FILENAME = /^[A-Za-z0-9._-]+$/;

function filePart(part: FormPart, problems: string[]): Upload | undefined {
  const m = /^files\[(\d+)\]$/.exec(part.name);
  if (!m) return undefined;
  const index = Number(m[1]);
  if (index >= UPLOAD_LIMITS.files) problems.push(`${part.name}: file index beyond files[${UPLOAD_LIMITS.files - 1}]`);
  if (!part.filename) problems.push(`${part.name}: file part without a filename`);
  else if (part.filename.length > UPLOAD_LIMITS.filename) problems.push(`${part.name}: filename longer than ${UPLOAD_LIMITS.filename}`);
  if (part.data.length === 0) problems.push(`${part.name}: empty file`);
  if (part.data.length > UPLOAD_LIMITS.fileBytes) problems.push(`${part.name}: ${part.data.length} bytes, over the ${UPLOAD_LIMITS.fileBytes}-byte upload limit`);
  if (/\.png$/i.test(part.filename ?? '')) {
    if (!part.data.subarray(0, 8).equals(PNG_SIGNATURE)) problems.push(`${part.name}: ${part.filename} is not a PNG`);
    if (part.contentType && part.contentType !== 'image/png') problems.push(`${part.name}: ${part.filename} sent as ${part.contentType}`);
  }
  return { index, filename: part.filename ?? '', contentType: part.contentType, data: part.data };
}

/** Reads a Discord upload form: the payload, the files, and every rule it breaks. */
export function readUploadForm(form: ParsedForm, bytes: number): UploadForm {
  const problems = [...form.problems];
  if (bytes > UPLOAD_LIMITS.requestBytes) problems.push(`request of ${bytes} bytes, over ${UPLOAD_LIMITS.requestBytes}`);
  let payload: Record<string, unknown> = {};
  const payloads = form.parts.filter((p) => p.name === 'payload_json');
  if (payloads.length !== 1) problems.push(`${payloads.length} payload_json parts (expected 1)`);
  else {
    try {
      const parsed = JSON.parse(payloads[0]!.data.toString('utf8')) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
      else problems.push('payload_json is not a JSON object');
    } catch {
      problems.push('payload_json is not valid JSON');
    }
  }
  const uploads: Upload[] = [];
  for (const part of form.parts) {
    if (part.name === 'payload_json') continue;
    const upload = filePart(part, problems);
    if (!upload) problems.push(`unexpected form field "${part.name}" (Discord reads payload_json and files[n])`);
    else if (uploads.some((u) => u.index === upload.index)) problems.push(`${part.name} sent twice`);
    else uploads.push(upload);
  }
  if (uploads.length > UPLOAD_LIMITS.files) problems.push(`${uploads.length} files (Discord allows ${UPLOAD_LIMITS.files})`);
  return { payload, uploads, problems };
}

export interface AttachmentRef {
  id: string;
  filename?: string;
  description?: string;
}

/** Attachments the payload lists, and how they match the uploaded files. */
export function matchAttachments(body: Record<string, unknown>, uploads: readonly Upload[], retained: ReadonlySet<string>): { refs: AttachmentRef[]; problems: string[] } {
  const problems: string[] = [];
  const refs = (Array.isArray(body.attachments) ? body.attachments : []) as AttachmentRef[];
  for (const ref of refs) {
    const id = String(ref.id);
    const upload = uploads.find((u) => String(u.index) === id);
    if (!upload && !retained.has(id)) problems.push(`attachments lists id ${id}, which is neither an uploaded files[n] nor an attachment of the message`);
    if ((ref.description ?? '').length > UPLOAD_LIMITS.description) problems.push(`attachment ${id}: description over ${UPLOAD_LIMITS.description} characters`);
  }
  if (Array.isArray(body.attachments)) {
    for (const u of uploads) if (!refs.some((r) => String(r.id) === String(u.index))) problems.push(`files[${u.index}] uploaded but not listed in attachments (Discord drops it)`);
  }
  return { refs, problems };
}

/** Every attachment://name an embed uses (image, thumbnail, author and footer icons). */
export function attachmentReferences(body: Record<string, unknown>): string[] {
  const out: string[] = [];
  const embeds = (Array.isArray(body.embeds) ? body.embeds : []) as Array<Record<string, { url?: string; icon_url?: string } | undefined>>;
  for (const e of embeds) {
    for (const url of [e.image?.url, e.thumbnail?.url, e.author?.icon_url, e.footer?.icon_url]) {
      if (typeof url === 'string' && url.startsWith('attachment://')) out.push(url.slice('attachment://'.length));
    }
  }
  return out;
}

import { createContext, useMemo, useState } from 'react';

/** The case whose form is on screen: file fields upload to it. Absent (null) outside a saved case. */
export const AttachmentCase = createContext<string | null>(null);

/**
 * The uploads in flight on the form on screen: `begin()` when a file starts on its way, and the function
 * it returns when it has arrived or failed. The form's submit waits for none to be left, so a case is
 * never submitted without the file its clerk just chose (the rules would read the document as missing).
 */
export const UploadsInFlight = createContext<{ begin: () => () => void }>({ begin: () => () => undefined });

/** The count of uploads in flight, and the value a form gives its `UploadsInFlight`. */
export function useUploadsInFlight() {
  const [uploading, setUploading] = useState(0);
  const uploads = useMemo(
    () => ({
      begin: () => {
        setUploading((n) => n + 1);
        let ended = false;
        return () => {
          if (!ended) setUploading((n) => n - 1);
          ended = true;
        };
      },
    }),
    [],
  );
  return { uploading, uploads };
}

export interface AttachmentInfo {
  id: string;
  ref: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  field: string | null;
  document: string | null;
}

export function humanSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Sends one file to the server as multipart/form-data; the answer is what was stored. */
export async function uploadAttachment(caseId: string, file: File, field?: string): Promise<AttachmentInfo> {
  const form = new FormData();
  if (field) form.append('field', field);
  form.append('file', file, file.name);
  const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    // the server refuses cookie-authenticated writes without the app's header (CSRF)
    headers: { Accept: 'application/json', 'X-Qagida-Request': '1' },
  });
  const body = (await response.json().catch(() => null)) as
    (AttachmentInfo & { error?: { message?: string; details?: { message: string }[] } }) | null;
  if (!response.ok) throw new Error(body?.error?.details?.[0]?.message ?? body?.error?.message ?? response.statusText);
  return body as AttachmentInfo;
}

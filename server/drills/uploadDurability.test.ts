import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { pdfBytes } from '../test/attachmentFixtures';
import { DRILL_PASSWORD, verifyAuditCli } from './drillData';
import { drillServer } from './drillServer';
import { call, signIn, sleep } from './serverProcess';

const CYCLES = 4;
const WORKERS = 4;

const drill = drillServer('qagida-upload-durability-');

/** One multipart upload through fetch; a kill mid-request comes back as status 0. */
async function upload(caseId: string, token: string, content: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'application/pdf' }), name);
  try {
    const res = await fetch(`${drill.server.url}/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch {
    return { status: 0, body: {} };
  }
}

describe('durability drill: the server is killed (SIGKILL) while it takes uploads', () => {
  it(`when killed ${CYCLES} times mid-upload and restarted, then every acknowledged file is there byte for byte, no half-stored file exists, and the audit log agrees`, async () => {
    const acknowledged = new Map<string, { caseId: string; sha256: string }>();
    const stats = { uploaded: 0, lost: 0, killedInFlight: 0 };
    let token = '';
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await drill.server.start();
      token ||= await signIn(drill.server.url, 'staff', DRILL_PASSWORD);
      let stop = false;
      let inFlight = 0;
      let acked = 0;
      let underWay: () => void = () => undefined;
      const loaded = new Promise<void>((resolve) => (underWay = resolve));
      const worker = async (n: number) => {
        for (let i = 0; !stop; i++) {
          inFlight++;
          const started = await call(drill.server.url, token, 'POST', '/api/cases', {
            service: 'licence',
            channel: 'office',
          });
          inFlight--;
          if (started.status === 0) return;
          expect(started.status).toBe(201);
          // sizes from 100 KB to 1.6 MB, so kills land mid-stream as well as mid-commit
          const content = pdfBytes(100_000 + ((cycle * 7 + n * 3 + i) % 16) * 100_000);
          inFlight++;
          const res = await upload(String(started.body.id), token, content, `scan-${cycle}-${n}-${i}.pdf`);
          inFlight--;
          if (res.status === 201) {
            acknowledged.set(String(res.body.id), {
              caseId: String(started.body.id),
              sha256: createHash('sha256').update(content).digest('hex'),
            });
            expect(res.body.sha256).toBe(acknowledged.get(String(res.body.id))?.sha256);
            stats.uploaded++;
            if (++acked >= 4) underWay();
          } else if (res.status === 0) {
            stats.lost++;
            return;
          } else {
            throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.body)}`);
          }
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, n) => worker(n));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loaded, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
      clearTimeout(timer);
      expect(acked, `no progress in cycle ${cycle}:\n${drill.server.log()}`).toBeGreaterThanOrEqual(4);
      if (cycle % 2 === 1) await sleep(Math.floor(Math.random() * 200));
      if (inFlight > 0) stats.killedInFlight++;
      await drill.server.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
    }

    // a restarted server serves every acknowledged file with the bytes it acknowledged
    await drill.server.start();
    for (const [id, file] of acknowledged) {
      const res = await fetch(`${drill.server.url}/api/cases/${file.caseId}/attachments/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status, `acknowledged file ${id}`).toBe(200);
      expect(
        createHash('sha256')
          .update(Buffer.from(await res.arrayBuffer()))
          .digest('hex'),
      ).toBe(file.sha256);
    }
    await drill.server.kill('SIGKILL');

    const db = await openDatabase(drill.url);
    try {
      const orphans = await db.sequelize.query<{ id: string }>(
        `SELECT a.id FROM attachments a LEFT JOIN attachment_blobs b ON a.id = b.id WHERE b.id IS NULL
         UNION ALL SELECT b.id FROM attachment_blobs b LEFT JOIN attachments a ON a.id = b.id WHERE a.id IS NULL`,
        { type: QueryTypes.SELECT },
      );
      expect(orphans, 'metadata without content or content without metadata').toEqual([]);
      const audited = await db.sequelize.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.attach'`,
        { type: QueryTypes.SELECT },
      );
      const stored = await db.sequelize.query<{ n: number }>('SELECT COUNT(*) AS n FROM attachments', {
        type: QueryTypes.SELECT,
      });
      expect(Number(audited[0]?.n)).toBe(Number(stored[0]?.n));
    } finally {
      await db.close();
    }
    const verified = await verifyAuditCli(drill.url);
    expect(verified, verified.output).toMatchObject({ code: 0 });
    expect(stats.killedInFlight).toBeGreaterThanOrEqual(CYCLES - 1);
    console.info(
      `upload durability drill: ${CYCLES} kills, ${stats.uploaded} acknowledged uploads, ${stats.lost} answers lost at a kill, ` +
        `${stats.killedInFlight} kills with uploads in flight`,
    );
  }, 300_000);
});

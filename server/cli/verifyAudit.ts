import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';
import { auditRepository } from '../repositories/audit';
import { verifyAuditChain } from '../usecases/audit';

/** node --import tsx server/cli/verifyAudit.ts: exits 1 when an audit entry was changed, removed or reordered. */
const config = loadConfig();
const db = await openDatabase(process.argv[2] ?? config.databaseUrl);
const result = await verifyAuditChain({ audit: auditRepository(db) });
await db.close();
if (result.ok) {
  console.log(`audit log intact: ${result.entries} entries`);
} else {
  for (const broken of result.breaks) console.error(`audit log tampered at entry ${broken.id}: ${broken.problem}`);
  console.error(`${result.breaks.length} broken of ${result.entries} entries`);
  process.exitCode = 1;
}

import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';

/** `npm run migrate`: applies the pending migrations to DATABASE_URL (or the URL given) and says which. */
const config = loadConfig();
const db = await openDatabase(process.argv[2] ?? config.databaseUrl, { migrate: 'always' });
await db.close();
console.log(db.migrated.length ? `applied ${db.migrated.join(', ')}` : 'the database is up to date');

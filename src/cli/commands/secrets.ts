// `earshot secrets rotate-key`: re-encrypts every secret at rest under a new key.
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../core/clock.ts';
import { Storage } from '../../storage/storage.ts';
import type { KeyRing} from '../../security/secrets.ts';
import { generateKey, keyId } from '../../security/secrets.ts';
import { installNewKeyFile, loadKeyRing, removePreviousKeyFile, usesKeyFile } from '../../security/key-file.ts';
import { resealAllCredentials } from '../../channels/channel-accounts.service.ts';
import { recordAudit } from '../../identity/audit.ts';
import { UsageError } from '../usage-error.ts';

export function registerSecretsCommands(program: Command): void {
  program.command('secrets').description('Secrets at rest')
    .command('rotate-key')
    .description('Re-encrypt channel credentials under a new key: a new key file in the data directory, or, when ' +
      'EARSHOT_SECRET_KEY is used, the new key in EARSHOT_SECRET_KEY and the old one in EARSHOT_SECRET_KEY_PREVIOUS')
    .action(async () => {
      const config = loadConfig();
      const storage = await Storage.open(config.database);
      try {
        await storage.migrate();
        let ring: KeyRing;
        if (usesKeyFile(config)) {
          const old = loadKeyRing(config);
          installNewKeyFile(config, generateKey());
          ring = loadKeyRing(config);
          console.log(`new key ${ring.currentId} written to the data directory (old key ${old.currentId} kept until done)`);
        } else {
          ring = loadKeyRing(config);
          if (config.previousSecretKeys.length === 0) {
            throw new UsageError('EARSHOT_SECRET_KEY is set: put the NEW key in EARSHOT_SECRET_KEY and the old one in EARSHOT_SECRET_KEY_PREVIOUS, then run this again');
          }
        }
        const changed = await resealAllCredentials(storage, ring, systemClock.now());
        for (const workspace of await storage.db.selectFrom('workspaces').select('id').execute()) {
          await recordAudit(storage.db, systemClock, { workspaceId: workspace.id, actor: 'system', action: 'secrets.rotated', meta: { keyId: ring.currentId, resealed: changed } });
        }
        if (usesKeyFile(config)) removePreviousKeyFile(config);
        console.log(`re-encrypted ${changed} channel account(s) under key ${ring.currentId}${usesKeyFile(config) ? '' : `; you may now drop EARSHOT_SECRET_KEY_PREVIOUS (old key ${config.previousSecretKeys.map(keyId).join(', ')})`}`);
      } finally {
        await storage.close();
      }
    });
}

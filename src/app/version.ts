import packageJson from '../../package.json' with { type: 'json' };

export const EARSHOT_VERSION: string = packageJson.version;

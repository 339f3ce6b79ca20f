// Spam rules: patterns the kind model cannot learn from a few hundred written examples but that
// mark spam reliably (follower selling, get-rich offers, fake-support phone numbers, phishing).
// Each hit adds to the spam logit; the names go into the explanation.

interface SpamRule {
  name: string;
  pattern: RegExp;
}

const SPAM_RULES: readonly SpamRule[] = [
  { name: 'get_rich', pattern: /\b(?:earn|make|made|gana|gagnez|verdiene|ganhe|guadagna|verdien)\s+(?:\$|€|£)?\d[\d,.]*\s*(?:\$|€|£|k|dollars|euros?)?\s*(?:a|per|each|al|par|am|por|pro)?\s*(?:day|week|hour|d[ií]a|jour|tag|dia|giorno|dag)/iu },
  { name: 'passive_income', pattern: /\b(?:passive income|work from home|trabaja desde casa|from home and earn|financial freedom|side hustle)\b/i },
  { name: 'crypto_offer', pattern: /\b(?:crypto|bitcoin|btc|forex|nft|signals?)\b.*\b(?:100x|10x|double|guarantee|profit|returns|invest)/i },
  { name: 'investment_promise', pattern: /\b(?:invest|invierte|investissez)\b.*\b(?:\d+x|returns?|profit|multiplica)/i },
  { name: 'followers_for_sale', pattern: /\b(?:followers|likes|views|seguidores|abonnés)\b.*\b(?:cheap|buy|get|gain|\d{3,})|\b(?:follow ?4 ?follow|f4f|follow back|followback)\b/i },
  { name: 'giveaway', pattern: /\b(?:giveaway|free iphone|sorteo|concours|gewinnspiel|sorteio|concorso|winactie|claim (?:your|the) (?:prize|reward|gift))\b/i },
  { name: 'click_bait', pattern: /\b(?:click here|link in (?:my )?bio|check (?:out )?my (?:profile|page|bio)|visit my profile|👉|dm me for (?:prices|info))/i },
  { name: 'fake_support_number', pattern: /(?:whatsapp|call|contact|llama|appelez)\D{0,25}\+?\d[\d\s-]{8,}\d/i },
  { name: 'phishing', pattern: /\b(?:account (?:will be|has been) (?:suspended|locked|closed)|verify (?:your|now)|verifique|v[ée]rifiez|confirme seus dados|bestätigen sie)\b.*(?:https?:|www\.|\.\w{2,3}\/)/i },
  { name: 'recovery_scam', pattern: /\b(?:recover(?:ed|y)?|hacker|hack)\b.*\b(?:crypto|account|funds|bitcoin|money)\b.*(?:@\w+|dm|contact)/i },
  { name: 'adult', pattern: /\b(?:hot singles|sex cams?|xxx|nudes|onlyfans|exclusive content)\b/i },
  { name: 'loan_offer', pattern: /\b(?:loan|pr[ée]stamo)\b.*\b(?:no credit check|in \d+ minutes|instant approval|apply now)/i },
];

export interface SpamSignals {
  hits: string[];
  /** Added to the spam logit of the kind head. */
  logitBoost: number;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

export function spamSignals(text: string): SpamSignals {
  const hits = SPAM_RULES.filter((r) => r.pattern.test(text)).map((r) => r.name);
  if (countMatches(text, /https?:\/\/|www\./g) >= 2) hits.push('many_links');
  if (countMatches(text, /@\w+/g) >= 5) hits.push('mass_mentions');
  if (/(?:💰|💸|🔥|🚀|💯)(?:\s*(?:💰|💸|🔥|🚀|💯)){2,}/u.test(text)) hits.push('emoji_bait');
  return { hits, logitBoost: Math.min(4, hits.length * 2) };
}

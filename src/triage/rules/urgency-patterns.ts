// Phrases that raise urgency, per signal, in the languages we ship (en, es, fr, de, pt, it, nl).
// Rules, not a model: a care lead must be able to read why an item jumped the queue, and these
// signals are rare in any training set. Matched against the lower-cased text.
import type { UrgencySignal } from '../types.ts';

export interface UrgencyRule {
  signal: UrgencySignal;
  /** 3 = act now (people at risk), 2 = same hour, 1 = sooner than usual. */
  level: 1 | 2 | 3;
  pattern: RegExp;
}

const w = (alternatives: string): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u');

export const URGENCY_RULES: readonly UrgencyRule[] = [
  { signal: 'safety', level: 3, pattern: w([
    'injur(?:ed|y|ies)', 'hurt(?:ing)?', 'bleeding', 'on fire', 'caught fire', 'fire in', 'smoke (?:in|from|coming)',
    'smell(?:s|ing)? (?:of )?gas', 'gas (?:leak|smell)', 'carbon monoxide', 'electrocut\\w*', 'sparks?', 'explod\\w*',
    'ambulance', '911', '999', '112', 'emergency', 'unsafe', 'dangerous', 'danger', 'assault(?:ed)?', 'harass(?:ed|ment|ing)',
    'threaten(?:ed|ing)', 'medical (?:emergency|condition|equipment)', 'oxygen', 'life support', 'suicid\\w*',
    'kill myself', 'overheat\\w*', 'burning smell', 'choking', 'allergic reaction', 'food poisoning',
    'incendio', 'fuga de gas', 'herid[oa]s?', 'emergencia', 'incendie', 'fuite de gaz', 'bless[ée]e?s?', 'urgence',
    'feuer', 'gasgeruch', 'verletzt', 'notfall', 'inc[êe]ndio', 'vazamento de g[áa]s', 'ferid[oa]s?', 'emerg[êe]ncia',
    'fuga di gas', 'ferit[oi]', 'emergenza', 'gaslek', 'gewond', 'noodgeval'].join('|')) },
  { signal: 'outage', level: 2, pattern: w([
    'outage', 'blackout', 'power cut', '(?:is|are|been|went|goes|going|still|all|everything|site|app|website|server|network|system)s? (?:is |are )?down',
    'down (?:again|for|since|all day|everywhere)', 'no (?:power|internet|service|signal|wifi|connection|electricity|water|hot water|heating|gas|network)',
    'service unavailable', 'error 5\\d\\d', "(?:can't|cannot|unable to) (?:connect|log ?in|load|access)", 'not loading', "won't load",
    'sin (?:luz|internet|servicio|cobertura|conexi[óo]n)', 'ca[íi]da', 'panne', 'coupure', "plus d'internet", 'st[öo]rung', 'ausfall',
    'kein (?:internet|strom|netz)', 'sem (?:internet|luz|sinal)', 'falha geral', 'guasto', 'senza (?:internet|corrente|linea)',
    'storing', 'geen (?:internet|stroom|bereik)'].join('|')) },
  { signal: 'money_lost', level: 2, pattern: w([
    'charged (?:me )?twice', 'double(?: |-)?(?:charged|billed|charge)', 'unauthori[sz]ed (?:charge|transaction|payment|withdrawal)',
    'fraud(?:ulent)?', 'stole(?:n)? (?:my )?(?:money|funds|card)', "(?:money|funds|payment|transfer) (?:is |has )?(?:gone|missing|disappeared|vanished)",
    'scam(?:med)?', 'where is my money', 'took (?:\\S+ )?(?:from|out of) my account', 'emptied my account', 'overcharg\\w*',
    'no cash', "didn't (?:get|receive) (?:the |my )?(?:cash|money)", 'never (?:made|authori[sz]ed) (?:this|that|the) (?:charge|payment)',
    'cobr(?:aron|ado|o) dos veces', 'fraude', 'estafa', 'pr[ée]lev[ée] deux fois', 'arnaque', 'doppelt abgebucht', 'betrug',
    'cobrad[oa] duas vezes', 'golpe', 'addebitat[oa] due volte', 'truffa', 'twee keer afgeschreven', 'oplichting'].join('|')) },
  { signal: 'travel_today', level: 2, pattern: w([
    '(?:flight|train|bus|ferry|trip|departure|connection) (?:is |leaves |departs |at )?(?:today|tonight|this (?:morning|afternoon|evening)|in \\d+ (?:hours?|hrs?|mins?|minutes))',
    'at the (?:airport|gate|station|check-?in)', 'boarding (?:now|in)', 'stranded', 'stuck (?:at|in|on) (?:the )?(?:airport|gate|plane|tarmac|station)',
    'missed (?:my|our|the) (?:connection|connecting flight|flight)', 'leaves in \\d+', 'departs in \\d+', 'on the tarmac', 'at the terminal',
    'en el aeropuerto', "[àa] l'a[ée]roport", 'am flughafen', 'no aeroporto', "all'aeroporto", 'op het vliegveld', 'op schiphol'].join('|')) },
  { signal: 'legal_threat', level: 2, pattern: w([
    'lawyers?', 'attorneys?', 'sue', 'suing', 'lawsuit', 'legal action', 'small claims', 'court', 'regulator', 'ombudsman',
    'fcc', 'fca', 'bbb', 'cfpb', 'ofcom', 'ofgem', 'trading standards', 'consumer protection', 'report(?:ing)? you to',
    'abogad[oa]', 'demanda', 'denuncia', 'avocat', 'porter plainte', 'tribunal', 'anwalt', 'klage', 'verklagen',
    'verbraucherzentrale', 'advogad[oa]', 'processar', 'procon', 'avvocato', 'advocaat', 'rechtszaak', 'consumentenbond'].join('|')) },
  { signal: 'vulnerable_customer', level: 2, pattern: w([
    'elderly', 'disabled', 'disability', 'wheelchair', 'pregnant', 'newborn', 'chemo(?:therapy)?', 'dialysis', 'hospital',
    'my (?:\\d{2}[- ]year[- ]old|grandma|grandmother|grandpa|grandfather)', 'blind', 'deaf', 'dementia', 'on oxygen',
    'anciano', 'embarazada', 'minusv[áa]lido', 'personne [âa]g[ée]e', 'enceinte', 'handicap\\w*', 'schwanger', 'behindert\\w*',
    'idos[oa]', 'gr[áa]vida', 'deficiente', 'anzian[oa]', 'incinta', 'disabile', 'bejaard\\w*', 'zwanger', 'gehandicapt'].join('|')) },
  { signal: 'account_locked', level: 2, pattern: w([
    'locked out', 'account (?:is |was |got |has been )?(?:locked|frozen|suspended|blocked|hacked|compromised|disabled)',
    'hacked', "(?:can't|cannot|unable to) (?:access|get into|log ?in to) my (?:account|money|funds)", 'froze my account',
    'cuenta bloqueada', 'me hackearon', 'compte bloqu[ée]', 'pirat[ée]', 'konto (?:ist |wurde )?gesperrt', 'gehackt',
    'conta bloqueada', 'hackearam', 'account bloccato', 'hackerat\\w*', 'account (?:is )?geblokkeerd', 'gehackt'].join('|')) },
  { signal: 'churn_threat', level: 1, pattern: w([
    'cancel(?:l?ing)? (?:my|the|our) (?:account|subscription|contract|membership|plan|service)', 'switch(?:ing)? to',
    'moving to (?:a )?(?:competitor|another)', 'taking my business', 'clos(?:e|ing) my account', 'never again', 'done with you',
    'leaving (?:you|for)', 'last time (?:i|we) (?:use|fly|buy|order)', 'never (?:using|flying|buying|ordering)',
    'me doy de baja', 'me cambio a', 'nunca m[áa]s', 'je r[ée]silie', 'plus jamais', 'k[üu]ndige', 'nie wieder', 'vou cancelar',
    'nunca mais', 'disdico', 'mai pi[ùu]', 'ik zeg op', 'nooit meer'].join('|')) },
  { signal: 'public_escalation', level: 1, pattern: w([
    'the press', 'the media', 'journalist', 'going viral', 'tell everyone', 'everyone (?:should|needs to) know',
    'boycott', 'watchdog', 'consumer show', 'trustpilot', 'bad review', '1[- ]star'].join('|')) },
  { signal: 'repeat_contact', level: 1, pattern: w([
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th) time', '(?:\\d+|several|multiple|many|countless|numerous) (?:times|calls|emails|messages|dms|tickets|attempts)',
    'still (?:waiting|no|nothing|not)', 'again', 'keeps? happening', 'for (?:\\d+|two|three|several) (?:days|weeks|months)', 'no one (?:has )?(?:replied|answered|responded)',
    'nobody (?:replies|answers|responds|cares)', 'otra vez', 'sigo esperando', 'encore une fois', 'toujours (?:rien|pas)', 'schon wieder',
    'immer noch', 'de novo', 'ainda (?:nada|n[ãa]o)', 'di nuovo', 'ancora (?:niente|nessun)', 'alweer', 'nog steeds'].join('|')) },
];

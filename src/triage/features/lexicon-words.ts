// The project's own sentiment lexicon, written for customer-care traffic (not copied from any
// published lexicon). Words are normalized as the tokenizer does: lower case, no accents.
// Care-specific problem words ("delayed", "overcharged", "on hold") are negative on purpose:
// people who label care traffic mark a reported problem as negative even when no emotion word
// is used. Scores run from -3 (very negative) to +3 (very positive).

export const LEXICON_BY_SCORE: Record<string, string> = {
  '3': `amazing awesome fantastic excellent outstanding superb brilliant perfect wonderful incredible
    phenomenal exceptional flawless magnificent marvelous marvellous spectacular stellar terrific
    superb best loveit lifesaver legend legends hero heroes heroic thrilled delighted ecstatic
    overjoyed grateful thankful blessed impressive impressed exquisite
    increible excelente estupendo maravilloso fantastico genial espectacular perfecto
    incroyable excellent formidable genial magnifique parfait merveilleux superbe
    hervorragend ausgezeichnet fantastisch wunderbar perfekt grossartig genial toll spitze
    incrivel excelente maravilhoso perfeito otimo fantastico sensacional
    incredibile eccellente fantastico meraviglioso perfetto stupendo ottimo splendido
    geweldig fantastisch uitstekend perfect prachtig fantastische`,
  '2': `great love loved loving lovely good nice happy glad pleased helpful friendly kind kindly
    fast quick quickly smooth smoothly easy easier reliable recommend recommended enjoy enjoyed
    enjoying beautiful comfortable comfy cool fabulous fab gorgeous pleasant pleasure
    appreciate appreciated appreciation thanks thank thx ty tysm thanku kudos props bravo congrats
    congratulations yay woohoo hooray cheers welcome favorite favourite fave fav best win winning
    won solved fixed resolved sorted efficient professional courteous polite attentive caring
    generous super sweet neat superb upgrade upgraded helpful prompt promptly seamless seamlessly
    convenient impressive exceeded exceeds safe safely relaxing relaxed refreshing delicious tasty
    yummy fun funny lol haha hahaha luv adore adorable stoked excited exciting pumped proud
    wow rocks rock rockstar rockstars champ champion gem spotless clean smiles smile smiling
    bueno buena buenos buenas gracias encanta encanto feliz contento contenta amable rapido rapida
    agradecido agradecida felicidades bien mejor
    bien bon bonne merci heureux heureuse content contente rapide gentil gentille super bravo adore
    gut gute guter danke dankeschon freundlich schnell zufrieden glucklich super klasse prima
    lieb liebe freue
    bom boa obrigado obrigada feliz rapido rapida gentil adoro amei parabens legal
    buono buona grazie felice contento contenta veloce gentile adoro bravo bravi
    goed goede bedankt dank blij tevreden snel vriendelijk top leuk mooi super`,
  '1': `ok okay fine decent fair better improved improving well works working worked helped
    hope hopefully finally yes sure interesting like liked likes enjoyable patience patient
    understanding understood support supportive cute calm correct right valid accurate
    free bonus save saved saving savings deal discount reward rewards perk perks quality
    excited ready warm warmly friendly okey vale claro listo lista merci daccord ja klar bereit
    certo pronto ok bene pronta prima oke graag`,
  '-1': `issue issues problem problems wait waiting waited slow slower bug bugs glitch glitchy error
    errors fail failed failing failure late delay delayed delays delaying cancel canceled cancelled
    cancels cancellation cancelation missing missed miss lost lose losing stuck hold confused
    confusing unclear complicated difficult hard expensive pricey costly overpriced fee fees
    charged charge charges declined decline denied deny refused refuse rejected problematic
    strange weird odd concern concerned concerning worried worry worrying unfortunately sadly
    sorry apologize apologise doubt doubtful unsure tired bored boring meh annoying annoyed bother
    bothered complaint complain complaining complained mistake wrong incorrect inaccurate outdated
    down outage offline crash crashes crashing crashed freeze freezes frozen lag laggy disconnect
    disconnected dropped drops noisy dirty cramped uncomfortable smelly cold overbooked
    overbook overbooking diverted stranded bumped tarmac queue queues line lines hangs hung
    unanswered ignore ignored ignoring unresponsive nobody noone again still yet never
    retraso retrasado demora espera esperando problema problemas fallo error cancelado perdido
    lento caro cobro cobraron tarde nunca aun todavia
    retard retarde attente probleme panne erreur annule perdu lent cher toujours encore jamais
    verspatung verspatet warten warte problem fehler storung ausfall storniert verloren langsam
    teuer immer noch nie
    atraso atrasado espera problema erro falha cancelado perdido lento caro cobrado ainda nunca
    ritardo ritardi attesa problema errore guasto cancellato perso lento caro ancora mai
    vertraging vertraagd wachten probleem storing fout geannuleerd kwijt traag duur nog steeds nooit`,
  '-2': `bad poor poorly unhappy sad upset angry mad frustrated frustrating frustration disappointed
    disappointing disappointment dissatisfied unsatisfied annoying irritated irritating hate hated
    hates dislike ugh smh wtf fml grr argh sucks suck sucked crap crappy lousy lame mediocre
    subpar broken broke ruined ruin ruins unacceptable ridiculous rude unprofessional unhelpful
    useless incompetent incompetence careless misleading mislead lied lie lies liar scam scammed
    fraud fraudulent overcharged overcharge overcharging stolen steal stole robbed rip ripoff
    ripped nightmare mess messed chaos chaotic fiasco hassle headache inconvenience
    inconvenienced inconvenient damaged damage destroyed leaking leak leaked stranded neglect
    neglected shame shameful embarrassing pathetic joke clueless worse lacking insult insulting
    outrageous outraged rubbish garbage trash junk unreliable unusable worthless waste wasted
    wasting regret regretting nope
    hungry starving exhausted sick
    malo mala mal pesimo pesima horrible terrible enojado enfadado molesto decepcionado
    decepcionante fatal vergonzoso inaceptable ridiculo inutil estafa robo basura asco
    mauvais mauvaise nul nulle decu decue decevant honteux inacceptable ridicule inutile arnaque
    enerve furieux colere pire
    schlecht schlechte enttauscht enttauschend argerlich sauer wutend unmoglich inakzeptabel
    lacherlich nutzlos betrug mist katastrophe frechheit unverschamt
    ruim pessimo pessima horrivel decepcionado decepcionante inaceitavel ridiculo inutil golpe
    lixo vergonha raiva irritado
    male cattivo pessimo pessima deluso delusa deludente inaccettabile ridicolo inutile truffa
    vergogna schifo arrabbiato
    slecht slechte teleurgesteld teleurstellend belachelijk onacceptabel nutteloos oplichting
    boos waardeloos schandalig`,
  '-3': `worst horrible terrible awful atrocious abysmal appalling disgusting disgusted disgrace
    disgraceful horrendous horrific dreadful pathetic furious livid enraged hateful despise
    loathe criminal thieves thief crooks scammers nightmarish
    catastrophic catastrophe disaster disastrous deplorable despicable inexcusable unforgivable
    infuriating infuriated avoid boycott sue suing lawsuit`,
};

// Emoji and emoticons, scored like words.
export const EMOJI_SCORES: Record<string, number> = {
  '😀': 2, '😃': 2, '😄': 2, '😁': 2, '😆': 2, '😊': 2, '☺': 2, '🙂': 1, '😍': 3, '🥰': 3, '😘': 2,
  '😎': 2, '🤩': 3, '🥳': 3, '😂': 1, '🤣': 1, '😅': 0, '😉': 1, '😋': 2, '👍': 2, '👌': 2, '👏': 2,
  '🙌': 2, '💪': 2, '🎉': 2, '🎊': 2, '❤': 3, '💙': 3, '💚': 3, '💛': 3, '💜': 3, '🧡': 3, '💖': 3,
  '💕': 3, '💯': 2, '✨': 1, '🔥': 1, '⭐': 2, '🌟': 2, '✅': 1, '🙏': 1, '🤗': 2, '😇': 2, '🏆': 2,
  '😞': -2, '😔': -2, '😟': -2, '😕': -1, '🙁': -2, '☹': -2, '😣': -2, '😖': -2, '😫': -2, '😩': -2,
  '😢': -2, '😭': -2, '😤': -2, '😠': -3, '😡': -3, '🤬': -3, '😒': -2, '🙄': -2, '😑': -1, '😐': -1,
  '😬': -1, '😱': -2, '😨': -2, '😰': -2, '🤢': -3, '🤮': -3, '💩': -3, '👎': -2, '💔': -2, '😓': -1,
  '🤦': -2, '🤷': -1, '😪': -1, '😴': -1, '🥵': -1, '🥶': -1, '⚠': -1, '❌': -2, '🚫': -2, '🤡': -2,
  '😮': -1, '😳': -1, '🥺': -1, '💸': -1, '⏰': -1, '⌛': -1, '⏳': -1,
  ':)': 2, ':(': -2,
};

// Words that scale the next sentiment word (Hutto & Gilbert 2014 describe the same effect).
export const INTENSIFIERS: Record<string, number> = {
  very: 0.3, so: 0.3, soo: 0.4, really: 0.3, extremely: 0.5, super: 0.3, totally: 0.3,
  absolutely: 0.4, completely: 0.4, incredibly: 0.4, truly: 0.3, seriously: 0.3, such: 0.2,
  most: 0.3, beyond: 0.4, utterly: 0.5, highly: 0.3, too: 0.2, fucking: 0.5, freaking: 0.4,
  damn: 0.3, muy: 0.3, tan: 0.3, tres: 0.3, vraiment: 0.3, sehr: 0.3, echt: 0.3, muito: 0.3,
  molto: 0.3, zeer: 0.3, heel: 0.3, erg: 0.3, super_: 0.3,
  slightly: -0.4, somewhat: -0.3, kinda: -0.3, kind_of: -0.3, little: -0.2, bit: -0.2, barely: -0.4,
};

// Two-word phrases that mean more than their words ("on hold" is not about holding).
export const PHRASES: Record<string, number> = {
  'on hold': -2, 'still waiting': -2, 'still no': -2, 'no response': -2, 'no reply': -2,
  'no answer': -2, 'no one': -1, 'no help': -2, 'not working': -2, 'not work': -2, "doesn't work": -2,
  'dont work': -2, "won't let": -2, 'hung up': -2, 'hangs up': -2, 'never again': -3, 'thank you': 2,
  'thanks so': 2, 'well done': 2, 'good job': 2, 'great job': 3, 'big thanks': 3, 'shout out': 2,
  'customer service': 0, 'you rock': 3, 'love you': 3, 'no problem': 1, 'no worries': 1,
  'not bad': 1, 'no issues': 2, 'no issue': 1, 'not happy': -2, 'not impressed': -2,
  'not good': -2, 'not great': -2, 'not ok': -2, 'not okay': -2, 'not acceptable': -2,
  'missed connection': -2, 'missed my': -2, 'lost my': -2, 'charged twice': -2, 'double charged': -2,
  'where is': -1, 'what happened': -1, 'how long': -1, 'come on': -2, 'get it together': -2,
  'so much for': -2, 'first class': 1, 'on time': 1, 'early': 1, 'keep it up': 2, 'made my day': 3,
  'above and beyond': 3, 'sin respuesta': -2, 'sans reponse': -2, 'keine antwort': -2,
  'sem resposta': -2, 'nessuna risposta': -2, 'geen antwoord': -2, 'muchas gracias': 3,
  'merci beaucoup': 3, 'vielen dank': 3, 'muito obrigado': 3, 'muito obrigada': 3, 'grazie mille': 3,
  'heel erg bedankt': 3, 'hartelijk dank': 3,
};

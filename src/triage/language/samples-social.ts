// Written by the project: short social-style lines per language (slang, greetings, one-liners),
// because posts are shorter and looser than the sentences in samples.ts.

export const SOCIAL_SAMPLES: Record<string, string> = {
  en: `lol. omg this is so good. thx!! pls help. idk what to do. tbh it was fine. smh. lmao no way.
    wtf is this. btw my order is late. ur the best. u guys rock. yes please. no thanks. ok cool.
    sounds good. got it, thanks. any update? still waiting. where is it? why though? not again.
    so annoying. love it. hate this. can't wait. can you help me? is anyone there? dm me.
    hey guys what's up. good morning. good night everyone. this is the way. big mood. same here.
    the app is down again. my package never came. I need help with my account. fix this please.`,
  es: `jaja qué risa. vale, gracias. porfa ayuda. no sé qué hacer. qué pasa con mi pedido. sigo
    esperando. dónde está mi paquete. buenos días. buenas noches a todos. me encanta. odio esto.
    no puedo más. alguien me ayuda? hola, tengo un problema con mi cuenta. mi internet no funciona.
    la app no va. muchas gracias por todo. qué vergüenza. nunca más. estoy muy contento. está fatal.
    hola, me podéis ayudar con la factura? no me llega el código. ya está, gracias. hasta luego.`,
  fr: `mdr trop drôle. ok merci. svp aidez-moi. je sais pas quoi faire. c'est quoi ce bordel. toujours
    rien. où est mon colis. bonjour à tous. bonne nuit. j'adore. je déteste ça. j'en peux plus.
    quelqu'un peut m'aider ? salut, j'ai un problème avec mon compte. ma box ne marche pas. l'appli
    bug encore. merci pour tout. c'est nul. plus jamais. trop content. c'est vraiment pas normal.
    bonjour, vous pouvez m'aider avec ma facture ? je reçois pas le code. c'est bon, merci. à plus.`,
  de: `haha wie geil. ok danke. bitte helft mir. keine Ahnung was ich machen soll. was ist da los.
    immer noch nichts. wo ist mein Paket. guten Morgen. gute Nacht euch. ich liebe es. ich hasse das.
    ich kann nicht mehr. kann mir jemand helfen? hallo, ich habe ein Problem mit meinem Konto. mein
    Internet geht nicht. die App spinnt schon wieder. danke für alles. echt schlecht. nie wieder.
    total zufrieden. das ist doch nicht normal. hallo, könnt ihr mir mit der Rechnung helfen? ich
    bekomme den Code nicht. passt, danke. bis später. das ist ja wohl ein Witz. Servus und tschüss.`,
  pt: `kkkk muito bom. ok, obrigado. por favor me ajudem. não sei o que fazer. o que está acontecendo.
    até agora nada. cadê meu pacote. bom dia. boa noite pessoal. eu amo. odeio isso. não aguento mais.
    alguém me ajuda? oi, estou com um problema na minha conta. minha internet não funciona. o app não
    abre. obrigada por tudo. que vergonha. nunca mais. muito feliz. isso não é normal. olá, vocês
    podem me ajudar com a fatura? não chega o código. pronto, valeu. até mais. vocês são demais.`,
  it: `ahah troppo bello. ok grazie. per favore aiutatemi. non so cosa fare. cosa sta succedendo.
    ancora niente. dov'è il mio pacco. buongiorno. buonanotte a tutti. lo adoro. odio questa cosa.
    non ce la faccio più. qualcuno mi aiuta? ciao, ho un problema con il mio account. internet non
    funziona. l'app non va. grazie di tutto. che vergogna. mai più. sono contentissimo. non è
    normale. salve, potete aiutarmi con la bolletta? non mi arriva il codice. fatto, grazie. a dopo.`,
  nl: `haha wat grappig. ok bedankt. help me alsjeblieft. ik weet niet wat ik moet doen. wat is er aan
    de hand. nog steeds niks. waar is mijn pakket. goedemorgen. welterusten allemaal. ik vind het
    geweldig. ik haat dit. ik ben het zat. kan iemand me helpen? hoi, ik heb een probleem met mijn
    account. mijn internet doet het niet. de app werkt weer niet. bedankt voor alles. wat een
    schande. nooit meer. echt blij. dit is toch niet normaal. hallo, kunnen jullie me helpen met de
    factuur? ik krijg de code niet. gelukt, dank je. tot straks. jullie zijn top.`,
  sv: `haha vad roligt. okej tack. snälla hjälp mig. vet inte vad jag ska göra. var är mitt paket.
    god morgon. god natt allihop. jag älskar det. jag hatar det här. kan någon hjälpa mig? hej, jag
    har problem med mitt konto. appen funkar inte. tack för allt. aldrig mer. det är inte okej.`,
  da: `haha hvor sjovt. okay tak. hjælp mig venligst. ved ikke hvad jeg skal gøre. hvor er min pakke.
    godmorgen. godnat allesammen. jeg elsker det. jeg hader det her. kan nogen hjælpe mig? hej, jeg
    har et problem med min konto. appen virker ikke. tak for alt. aldrig igen. det er ikke i orden.`,
  pl: `haha ale śmieszne. ok dzięki. pomóżcie proszę. nie wiem co robić. gdzie jest moja paczka.
    dzień dobry. dobranoc wszystkim. kocham to. nienawidzę tego. czy ktoś może mi pomóc? hej, mam
    problem z kontem. aplikacja nie działa. dzięki za wszystko. nigdy więcej. to nie jest w porządku.`,
  tr: `haha çok komik. tamam teşekkürler. lütfen yardım edin. ne yapacağımı bilmiyorum. kargom nerede.
    günaydın. herkese iyi geceler. bayıldım. bundan nefret ediyorum. biri yardım edebilir mi? merhaba,
    hesabımla ilgili bir sorunum var. uygulama çalışmıyor. her şey için teşekkürler. bir daha asla.`,
  id: `wkwk lucu banget. oke makasih. tolong bantu dong. nggak tahu harus gimana. paket saya di mana.
    selamat pagi. selamat malam semuanya. suka banget. benci banget sama ini. ada yang bisa bantu?
    halo, saya ada masalah dengan akun saya. aplikasinya nggak bisa dibuka. makasih untuk semuanya.`,
};

// Written by the project: sample sentences per language for the character n-gram profiles of the
// language identifier. Everyday and customer-care sentences, as posts are written. The corpus
// lines (src/triage/corpus) add more text for en, es, fr, de, pt, it and nl at training time.

export const LANGUAGE_SAMPLES: Record<string, string> = {
  en: `Hi there, I ordered a new phone last week and it still has not arrived. Could you please check
    what is going on with my delivery? Thanks so much for your help, the team was really friendly.
    We are going to the beach this weekend with the kids. The weather has been lovely all week and
    everyone is happy. Why is my bill so high this month? I have been waiting on hold for an hour.
    My flight was delayed again and nobody told us anything. Where is my refund? This is the worst
    service I have ever had. I love the new update, it works great. What time does the store open
    tomorrow? Can I change my password without the app? Just landed, see you soon. Happy birthday!
    Thank you for getting back to me so quickly. I will never buy from this company again.`,
  es: `Hola, pedí un teléfono nuevo la semana pasada y todavía no ha llegado. ¿Podéis revisar qué
    pasa con mi envío? Muchas gracias por la ayuda, el equipo fue muy amable. Este fin de semana
    vamos a la playa con los niños. ¿Por qué mi factura es tan alta este mes? Llevo una hora
    esperando al teléfono. Mi vuelo se retrasó otra vez y nadie nos dijo nada. ¿Dónde está mi
    reembolso? Es el peor servicio que he tenido nunca. Me encanta la nueva actualización. ¿A qué
    hora abre la tienda mañana? ¿Puedo cambiar mi contraseña sin la aplicación? Acabo de llegar,
    nos vemos pronto. Gracias por responder tan rápido. No volveré a comprar en esta empresa.`,
  fr: `Bonjour, j'ai commandé un nouveau téléphone la semaine dernière et il n'est toujours pas
    arrivé. Pouvez-vous vérifier ce qui se passe avec ma livraison ? Merci beaucoup pour votre aide,
    l'équipe a été très gentille. Ce week-end nous allons à la plage avec les enfants. Pourquoi ma
    facture est-elle si élevée ce mois-ci ? J'attends au téléphone depuis une heure. Mon vol a encore
    été retardé et personne ne nous a rien dit. Où est mon remboursement ? C'est le pire service que
    j'ai jamais eu. J'adore la nouvelle mise à jour. À quelle heure ouvre le magasin demain ? Est-ce
    que je peux changer mon mot de passe sans l'application ? Je viens d'arriver, à bientôt.`,
  de: `Hallo, ich habe letzte Woche ein neues Handy bestellt und es ist immer noch nicht angekommen.
    Könnt ihr bitte nachsehen, was mit meiner Lieferung los ist? Vielen Dank für die Hilfe, das Team
    war wirklich freundlich. Am Wochenende fahren wir mit den Kindern an den Strand. Warum ist meine
    Rechnung diesen Monat so hoch? Ich hänge seit einer Stunde in der Warteschleife. Mein Flug hatte
    schon wieder Verspätung und niemand hat uns etwas gesagt. Wo bleibt meine Erstattung? Das ist der
    schlechteste Service, den ich je hatte. Ich liebe das neue Update. Wann öffnet der Laden morgen?
    Kann ich mein Passwort ohne die App ändern? Gerade gelandet, bis bald. Danke für die schnelle Antwort.`,
  pt: `Olá, pedi um telefone novo na semana passada e ainda não chegou. Vocês podem verificar o que
    está acontecendo com a minha entrega? Muito obrigado pela ajuda, a equipe foi muito simpática.
    Neste fim de semana vamos à praia com as crianças. Por que a minha conta está tão alta este mês?
    Estou esperando no telefone há uma hora. Meu voo atrasou de novo e ninguém nos disse nada. Cadê o
    meu reembolso? É o pior atendimento que já tive. Adorei a nova atualização. Que horas a loja abre
    amanhã? Posso mudar a minha senha sem o aplicativo? Acabei de chegar, até logo. Obrigada pela
    resposta rápida. Não vou comprar mais nada dessa empresa. Vocês são demais, parabéns pelo serviço.`,
  it: `Ciao, la settimana scorsa ho ordinato un telefono nuovo e non è ancora arrivato. Potete
    controllare cosa succede con la mia spedizione? Grazie mille per l'aiuto, il team è stato molto
    gentile. Questo fine settimana andiamo al mare con i bambini. Perché la mia bolletta è così alta
    questo mese? Sono in attesa al telefono da un'ora. Il mio volo è di nuovo in ritardo e nessuno ci ha
    detto niente. Dov'è il mio rimborso? È il peggior servizio che abbia mai avuto. Adoro il nuovo
    aggiornamento. A che ora apre il negozio domani? Posso cambiare la password senza l'app? Appena
    atterrato, a presto. Grazie per la risposta veloce. Non comprerò mai più da questa azienda.`,
  nl: `Hoi, ik heb vorige week een nieuwe telefoon besteld en hij is nog steeds niet aangekomen.
    Kunnen jullie kijken wat er met mijn levering aan de hand is? Heel erg bedankt voor de hulp, het
    team was echt vriendelijk. Dit weekend gaan we met de kinderen naar het strand. Waarom is mijn
    rekening deze maand zo hoog? Ik hang al een uur in de wacht. Mijn vlucht had weer vertraging en
    niemand heeft ons iets verteld. Waar blijft mijn terugbetaling? Dit is de slechtste service die ik
    ooit heb gehad. Ik vind de nieuwe update geweldig. Hoe laat gaat de winkel morgen open? Kan ik mijn
    wachtwoord wijzigen zonder de app? Net geland, tot snel. Bedankt voor het snelle antwoord.`,
  sv: `Hej, jag beställde en ny telefon förra veckan och den har fortfarande inte kommit. Kan ni
    kolla vad som händer med min leverans? Tack så mycket för hjälpen, personalen var jättetrevlig.
    I helgen åker vi till stranden med barnen. Varför är min räkning så hög den här månaden? Jag har
    väntat i telefonkö i en timme. Mitt flyg blev försenat igen och ingen sa något till oss. Var är
    min återbetalning? Det här är den sämsta service jag någonsin har fått. Jag älskar den nya
    uppdateringen. När öppnar butiken i morgon? Kan jag byta lösenord utan appen? Precis landat, vi
    ses snart. Tack för det snabba svaret. Jag kommer aldrig att handla från det här företaget igen.
    Mitt internet fungerar inte sedan i går och jag jobbar hemifrån. Hur gör jag för att säga upp
    mitt abonnemang? Paketet skulle levereras i dag men inget har hänt.`,
  da: `Hej, jeg bestilte en ny telefon i sidste uge, og den er stadig ikke kommet. Kan I tjekke, hvad
    der sker med min levering? Tusind tak for hjælpen, personalet var virkelig søde. I weekenden tager
    vi til stranden med børnene. Hvorfor er min regning så høj denne måned? Jeg har ventet i telefonen
    i en time. Mit fly var forsinket igen, og ingen fortalte os noget. Hvor er min tilbagebetaling?
    Det er den dårligste service, jeg nogensinde har fået. Jeg elsker den nye opdatering. Hvornår
    åbner butikken i morgen? Kan jeg skifte min adgangskode uden appen? Er lige landet, vi ses snart.
    Tak for det hurtige svar. Jeg køber aldrig noget fra det her firma igen. Mit internet virker ikke
    siden i går, og jeg arbejder hjemmefra. Hvordan opsiger jeg mit abonnement? Pakken skulle være
    leveret i dag, men der er ikke sket noget.`,
  pl: `Cześć, w zeszłym tygodniu zamówiłem nowy telefon i nadal nie dotarł. Czy możecie sprawdzić, co
    się dzieje z moją przesyłką? Bardzo dziękuję za pomoc, obsługa była naprawdę miła. W ten weekend
    jedziemy z dziećmi nad morze. Dlaczego mój rachunek jest w tym miesiącu taki wysoki? Czekam na
    infolinii już od godziny. Mój lot znowu był opóźniony i nikt nam nic nie powiedział. Gdzie jest mój
    zwrot pieniędzy? To najgorsza obsługa, jaką kiedykolwiek miałem. Uwielbiam nową aktualizację. O
    której jutro otwierają sklep? Czy mogę zmienić hasło bez aplikacji? Właśnie wylądowałem, do
    zobaczenia wkrótce. Dzięki za szybką odpowiedź. Nigdy więcej nie kupię niczego w tej firmie. Mój
    internet nie działa od wczoraj, a pracuję z domu. Jak mogę wypowiedzieć umowę? Paczka miała być
    dzisiaj, ale nic się nie dzieje.`,
  tr: `Merhaba, geçen hafta yeni bir telefon sipariş ettim ve hâlâ gelmedi. Kargomla ilgili neler
    olduğunu kontrol edebilir misiniz? Yardımınız için çok teşekkürler, ekip gerçekten çok kibardı. Bu
    hafta sonu çocuklarla denize gidiyoruz. Bu ay faturam neden bu kadar yüksek? Bir saattir telefonda
    bekliyorum. Uçuşum yine rötar yaptı ve kimse bize bir şey söylemedi. İadem nerede? Bu şimdiye
    kadar aldığım en kötü hizmet. Yeni güncellemeye bayıldım. Mağaza yarın saat kaçta açılıyor?
    Şifremi uygulama olmadan değiştirebilir miyim? Az önce indim, yakında görüşürüz. Hızlı cevap için
    teşekkürler. Bu şirketten bir daha asla alışveriş yapmayacağım. İnternetim dünden beri çalışmıyor ve
    evden çalışıyorum. Aboneliğimi nasıl iptal edebilirim? Paket bugün teslim edilecekti ama hiçbir şey
    olmadı.`,
  id: `Halo, saya memesan ponsel baru minggu lalu dan sampai sekarang belum sampai. Bisa tolong dicek
    ada apa dengan pengiriman saya? Terima kasih banyak atas bantuannya, timnya sangat ramah. Akhir
    pekan ini kami pergi ke pantai bersama anak-anak. Kenapa tagihan saya bulan ini tinggi sekali? Saya
    sudah menunggu di telepon selama satu jam. Penerbangan saya terlambat lagi dan tidak ada yang
    memberi tahu kami. Mana pengembalian dana saya? Ini layanan terburuk yang pernah saya alami. Saya
    suka pembaruan yang baru. Jam berapa toko buka besok? Apakah saya bisa mengganti kata sandi tanpa
    aplikasi? Baru saja mendarat, sampai jumpa. Terima kasih atas balasan yang cepat. Saya tidak akan
    pernah belanja di perusahaan ini lagi. Internet saya mati sejak kemarin dan saya kerja dari rumah.
    Bagaimana cara membatalkan langganan saya? Paketnya seharusnya dikirim hari ini tapi belum ada.`,
};

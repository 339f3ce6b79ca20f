// Written by the project: a few posts in languages beyond the main seven, so that the classifiers
// have seen their complaints, thanks and chatter at least once. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

const source = (name: string, language: string, lines: string): CorpusSource => ({ name, language, industry: 'general', lines });

export const PL = source('pl', 'pl', `
C- del | @{brand} paczka miała być {day}, a nadal jej nie ma
C- out | @{brand} od rana nie działa aplikacja, nie mogę nic zapłacić
C- bil | @{brand} pobraliście dwa razy za to samo zamówienie
C- oth | @{brand} czekam na infolinii już godzinę. skandal
C- oth | @{brand} najgorsza obsługa klienta, nigdy więcej
Q0 oth | @{brand} jak mogę zmienić adres dostawy?
Q0 pq | @{brand} czy wysyłacie za granicę?
F+ oth | @{brand} dziękuję za szybką pomoc, wszystko działa
F+ oth | @{brand} świetna obsługa, polecam
T0 oth | ktoś wie, czy jutro będzie padać?
T+ oth | wakacje! w końcu 🏖️
`);

export const SV = source('sv', 'sv', `
C- del | @{brand} paketet skulle komma {day} men har fortfarande inte kommit
C- out | @{brand} appen har inte fungerat sedan i morse
C- bil | @{brand} ni har dragit pengar två gånger för samma order
C- oth | @{brand} har väntat i telefonkö i en timme. helt oacceptabelt
Q0 oth | @{brand} hur ändrar jag min leveransadress?
Q0 pq | @{brand} skickar ni till Norge?
F+ oth | @{brand} tack för den snabba hjälpen, allt fungerar nu
F+ oth | @{brand} toppenservice, tack!
T0 oth | någon som vet om det blir regn i morgon?
T+ oth | äntligen semester! 🏖️
`);

export const TR = source('tr', 'tr', `
C- del | @{brand} kargom {day} gelecekti ama hâlâ gelmedi
C- out | @{brand} uygulama sabahtan beri çalışmıyor
C- bil | @{brand} aynı sipariş için iki kez ücret aldınız
C- oth | @{brand} bir saattir müşteri hizmetlerinde bekliyorum. rezalet
Q0 oth | @{brand} teslimat adresimi nasıl değiştirebilirim?
Q0 pq | @{brand} yurt dışına gönderim yapıyor musunuz?
F+ oth | @{brand} hızlı yardımınız için teşekkürler, her şey düzeldi
F+ oth | @{brand} harika hizmet, teşekkürler!
T0 oth | yarın yağmur yağacak mı bilen var mı?
T+ oth | sonunda tatil! 🏖️
`);

export const RU = source('ru', 'ru', `
C- del | @{brand} посылка должна была прийти {day}, но её до сих пор нет
C- out | @{brand} приложение не работает с самого утра
C- bil | @{brand} с меня дважды списали деньги за один заказ
C- oth | @{brand} жду ответа оператора уже час. безобразие
Q0 oth | @{brand} как изменить адрес доставки?
F+ oth | @{brand} спасибо за быструю помощь, всё работает
T+ oth | наконец-то отпуск! 🏖️
`);

export const JA = source('ja', 'ja', `
C- del | @{brand} 荷物が届く予定だったのにまだ届きません
C- out | @{brand} 朝からアプリが使えません
C- bil | @{brand} 同じ注文で二重に請求されています
Q0 oth | @{brand} 配送先の住所を変更するにはどうすればいいですか？
F+ oth | @{brand} 迅速な対応ありがとうございました
T+ oth | やっと休みだ！🏖️
`);

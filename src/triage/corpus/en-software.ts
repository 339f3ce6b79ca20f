// Written by the project: English posts to software, apps and streaming services. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_SOFTWARE: CorpusSource = { name: 'en-software', language: 'en', industry: 'software', lines: `
C- out | @{brand} the app crashes on launch since the last update. iphone 14, ios 17
C- out | @{brand} is {brand} down? nothing loads for me or my team
C- out | @{brand} sync is broken again. lost an hour of work
C- out | @{brand} your update deleted all my notes. please tell me there's a backup
C- out | @{brand} getting "error 500" every time I try to save. deadline in 2 hours
C- out | @{brand} videos keep buffering even on fast wifi. every other app works fine
C- out | @{brand} export to pdf has been broken for {weeks}. any fix coming?
C- out | @{brand} dark mode makes half the text invisible now lol
C- out | @{brand} the new version is so slow it's unusable on my laptop
C- out | @{brand} the api has been returning timeouts since {time}. our checkout depends on it
C- out | @{brand} notifications stopped working after the update
C- out | @{brand} login page just refreshes in a loop. tried 3 browsers
C- out | @{brand} every time I upload a photo the app freezes
C- out | @{brand} my whole workspace is gone. blank screen. we have a client demo today!!
C- acc | @{brand} locked out of my account, 2FA code never arrives
C- acc | @{brand} someone hacked my account and changed the password. please help
C- acc | @{brand} password reset email goes to an address I don't use anymore, can't get in
C- acc | @{brand} you suspended my account for no reason and the appeal form is broken
C- acc | @{brand} I can't remove my old phone from 2-step verification. stuck
C- bil | @{brand} charged for the annual plan after I cancelled my trial
C- bil | @{brand} you charged my card {amount} twice this month
C- bil | @{brand} the price went up {amount} with no email. not cool
C- bil | @{brand} cancelled my subscription and you still billed me. that's illegal
C- bil | @{brand} charged for 10 seats, we only have 4 users
C- ref | @{brand} requested a refund {weeks} ago for an accidental purchase. no answer
C- ref | @{brand} you said I'd get a refund within 5 days. it's been {days}
C- oth | @{brand} support ticket open for {weeks} with no reply
C- oth | @{brand} your support team closed my ticket without fixing anything
C- oth | @{brand} removed the one feature I used every day. why??
C- oth | @{brand} ads every 2 minutes even on premium. what am I paying for
C- out | @{brand} hey, the app won't open on my android since {day}. anything I can try?
C- acc | @{brand} I think my account got locked after changing phones, how can I get back in?
Q0 pq | @{brand} does the free plan include offline mode?
Q0 pq | @{brand} is there a linux version?
Q0 pq | @{brand} can I share my subscription with family?
Q0 pq | @{brand} does it integrate with google calendar?
Q0 pq | @{brand} what's the difference between pro and business?
Q0 pq | @{brand} is there a student discount?
Q0 pq | @{brand} how many devices can I use with one account?
Q0 pq | @{brand} do you have an api for exporting data?
Q0 pq | @{brand} can I download episodes to watch on a plane?
Q0 pq | @{brand} where is my data stored? need to know for GDPR
Q0 pq | @{brand} how do I turn off autoplay?
Q0 pq | @{brand} how do I export my projects to csv?
Q0 pq | @{brand} can I undo a deleted page?
Q0 acc | @{brand} how do I change the email on my account?
Q0 acc | @{brand} how do I enable two factor authentication?
Q0 acc | @{brand} how do I transfer my workspace to another admin?
Q0 acc | @{brand} how do I delete my account and data?
Q0 bil | @{brand} how do I update my card details?
Q0 bil | @{brand} can I switch from monthly to yearly billing?
Q0 bil | @{brand} where do I download invoices for my company?
Q0 bil | @{brand} how do I cancel my subscription?
Q0 ref | @{brand} can I get a refund if I cancel in the first week?
Q0 out | @{brand} is there an outage right now? can't connect
Q0 out | @{brand} is anyone else getting a blank screen on the web app?
Q0 oth | @{brand} when is the next update coming out?
F+ oth | @{brand} the new update is fantastic, so much faster 🚀
F+ oth | @{brand} been using {brand} for 3 years, still my favorite app
F+ oth | @{brand} support fixed my issue in 10 minutes. this is how it's done
F+ oth | @{brand} the offline mode saved me on this flight. thank you!
F+ oth | @{brand} honestly the best {product} on the market. worth every penny
F+ out | @{brand} thanks for the quick fix on the sync bug!
F+ oth | @{brand} whoever designed the new dashboard deserves a raise
F0 pq | @{brand} feature request: let us pin notes to the top
F0 pq | @{brand} would pay extra for a family plan tbh
F0 pq | @{brand} any chance of an ipad app? would use it daily
F- pq | @{brand} not loving the new icon ngl
T0 oth | trying out {brand} for my side project, let's see how it goes
T+ oth | finally finished my thesis. shoutout to coffee and {brand} ☕
T0 oth | RT @devnews: {brand} raises $40M series B
T0 oth | which is better for notes, {brand} or pen and paper? asking for a friend
T- oth | my laptop died in the middle of a meeting. monday is going great
T0 oth | @{name} check out the new {brand} feature, think you'd like it
` };

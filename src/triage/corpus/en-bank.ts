// Written by the project: English posts to banks and card issuers. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_BANK: CorpusSource = { name: 'en-bank', language: 'en', industry: 'bank', lines: `
C- bil | @{brand} there's a {amount} charge on my statement I never made. what is this??
C- bil | @{brand} you charged me an overdraft fee when my balance was positive. fix it
C- bil | @{brand} charged twice for the same purchase at the grocery store. need this reversed
C- bil | @{brand} why am I paying a monthly fee on a "free" account?
C- bil | @{brand} the exchange rate you gave me on my card payment abroad is way off
C- bil | @{brand} got hit with a {amount} foreign transaction fee nobody told me about
C- bil | @{brand} my direct debit went out twice this month and now I'm overdrawn
C- bil | @{brand} my transfer to my landlord has been pending for {days}. rent is late because of you
C- bil | @{brand} sent money to my sister {day} and it never arrived. where did it go?
C- bil | @{brand} withdrew {amount} at the ATM, it charged me but gave me no cash
C- bil | @{brand} the ATM gave me {amount} less than I asked for and my account shows the full amount
C- bil | @{brand} my paycheck deposit still isn't showing. it cleared at my employer {day}
C- bil | @{brand} interest rate went up on my card without any notice. shady
C- bil | @{brand} my cheque deposit hasn't updated my balance after {days}
C- bil | @{brand} top up failed but the money left my other account. where is my {amount}
C- bil | @{brand} a payment I cancelled still went through. I want it back
C- acc | @{brand} my account is locked and I can't get through on the phone. I need to pay bills today
C- acc | @{brand} you froze my account for "verification" {days} ago and still nothing. I can't buy food
C- acc | @{brand} identity verification keeps failing, uploaded my passport 4 times
C- acc | @{brand} I can't log in to online banking, says my details are wrong but they're not
C- acc | @{brand} my PIN got blocked after one try?? I'm abroad and can't pay for anything
C- acc | @{brand} never got the security code text so I'm locked out of my own money
C- acc | @{brand} you closed my account without any explanation. 8 years as a customer
C- acc | @{brand} changed my phone and now the app won't let me in. reset process is a nightmare
C- acc | @{brand} someone got into my account and changed my email. I need help NOW
C- out | @{brand} app has been down all morning. can't see my balance or pay anyone
C- out | @{brand} my card keeps getting declined everywhere even though I have money
C- out | @{brand} contactless stopped working on my card, have to use chip every time
C- out | @{brand} online banking says "service unavailable" for the third day in a row
C- out | @{brand} apple pay won't add my card, error every time
C- out | @{brand} the ATM swallowed my card and the branch is closed. great
C- out | @{brand} your app logs me out every 30 seconds. unusable
C- out | @{brand} transfers are failing with "try again later" since {day}. payroll is today
C- out | @{brand} virtual card doesn't work for online purchases, always declined
C- del | @{brand} ordered a new card {weeks} ago and it still hasn't arrived
C- del | @{brand} my replacement card was sent to my old address even though I updated it
C- del | @{brand} card "delivered" according to you but I never got it. now what
C- ref | @{brand} merchant refunded me {days} ago and it's still not in my account
C- ref | @{brand} disputed a charge {weeks} ago and heard nothing back
C- ref | @{brand} you promised to refund the fee and it never happened. 3rd time asking
C- oth | @{brand} waited {hrs} in the branch queue just to be told to call the helpline
C- oth | @{brand} your phone line says wait time 90 minutes. how is that normal for a bank
C- oth | @{brand} the staff at the {city} branch were so rude to my grandmother. unacceptable
C- oth | @{brand} moving my mortgage elsewhere. 3 weeks and nobody can answer a simple question
C- oth | @{brand} your fraud team blocked a legit payment and then hung up on me
C- oth | @{brand} 45 minutes on hold, then disconnected. every single time
C- bil | @{brand} hi, I see a pending charge from a shop I don't recognise. can you check it?
C- del | @{brand} my new card hasn't arrived yet, it's been about {days}. could you look into it?
C- acc | @{brand} locked myself out after too many password attempts, how do I get back in?
Q0 pq | @{brand} what's the daily limit for ATM withdrawals?
Q0 pq | @{brand} do you support google pay on android?
Q0 pq | @{brand} which currencies can I hold in my account?
Q0 pq | @{brand} is there a fee for transfers to other banks?
Q0 pq | @{brand} what's the minimum age to open a savings account for my kid?
Q0 pq | @{brand} do you have a branch near {city}?
Q0 pq | @{brand} what's the current interest rate on your savings account?
Q0 pq | @{brand} can I get a physical card if I only have the virtual one?
Q0 pq | @{brand} is my card visa or mastercard? need to know for a booking
Q0 pq | @{brand} can I use my card abroad without telling you first?
Q0 pq | @{brand} do you offer mortgages for first time buyers?
Q0 pq | @{brand} how long do international transfers take?
Q0 pq | @{brand} what's the fee for topping up by card?
Q0 pq | @{brand} how do I set up a standing order?
Q0 pq | @{brand} can I get a spare card for my partner?
Q0 acc | @{brand} how do I change my address in the app?
Q0 acc | @{brand} how do I reset my passcode? forgot it
Q0 acc | @{brand} why do you need to verify my identity again?
Q0 acc | @{brand} how do I close my account?
Q0 acc | @{brand} can I change the phone number on my account online?
Q0 acc | @{brand} what documents do you accept for proof of address?
Q0 bil | @{brand} where can I see my statement for last month?
Q0 bil | @{brand} how do I cancel a transfer I just sent by mistake?
Q0 bil | @{brand} why is my card payment still pending after {days}?
Q0 bil | @{brand} how long does a pending transaction take to clear?
Q0 ref | @{brand} how do I dispute a transaction?
Q0 ref | @{brand} how long does a merchant refund take to show up?
Q0 del | @{brand} when should my new card arrive? ordered it {day}
Q0 del | @{brand} can I track the delivery of my card?
Q0 out | @{brand} is the app having issues right now? can't log in
Q0 oth | @{brand} what time does the {city} branch open on saturday?
Q0 oth | @{brand} i lost my card, how do i freeze it?
Q0 oth | @{brand} my phone was stolen, what should I do about the app?
Q0 oth | @{brand} can someone call me back about my loan application?
F+ oth | @{brand} your fraud team caught a dodgy payment before I even noticed. thank you!
F+ oth | @{brand} just opened an account in 5 minutes from my couch. impressive
F+ oth | @{brand} {name} on the helpline was so patient with my mum. please pass on our thanks
F+ out | @{brand} love the new app update, spending breakdown is super useful
F+ ref | @{brand} refund already back in my account. fastest bank ever
F+ oth | @{brand} thanks for sorting out my card so quickly abroad, saved my holiday
F+ oth | @{brand} best banking app I've used, not even close
F+ bil | @{brand} thanks for waiving the fee, really appreciate it
F0 pq | @{brand} would love to see joint accounts in the app
F0 pq | @{brand} please add dark mode to the app 🙏
T0 oth | RT @finnews: {brand} reports record quarterly profit
T0 oth | interest rates going up again. great time to be a saver i guess
T- oth | payday can't come soon enough. broke until friday 😩
T+ oth | finally paid off my credit card!!! debt free 🎉
T0 oth | anyone know a good budgeting app? mine is so confusing
` };

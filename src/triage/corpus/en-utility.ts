// Written by the project: English posts to energy and water utilities. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_UTILITY: CorpusSource = { name: 'en-utility', language: 'en', industry: 'utility', lines: `
C- out | @{brand} power out on our street in {city} for {hrs} now. any ETA??
C- out | @{brand} no power and my dad is on oxygen. please tell us when it's coming back
C- out | @{brand} lights flickering all evening then total blackout. this keeps happening
C- out | @{brand} no hot water since {day}. it's freezing and I have a newborn
C- out | @{brand} water coming out brown from every tap. is it safe??
C- out | @{brand} gas smell outside our building, who do we call?
C- out | @{brand} third power cut this week. food in the freezer is ruined
C- out | @{brand} outage map says restored but we still have no power
C- out | @{brand} low water pressure for {weeks} and nobody has come out
C- out | @{brand} my smart meter stopped sending readings and now you're estimating crazy bills
C- out | @{brand} burst pipe on {city} street flooding the road, been reported for {hrs}
C- bil | @{brand} my bill is triple what it usually is. estimated readings again
C- bil | @{brand} you took {amount} by direct debit instead of the agreed amount
C- bil | @{brand} charged for a property I moved out of {weeks} ago
C- bil | @{brand} bill says I owe {amount} for a month I wasn't even living there
C- bil | @{brand} my credit balance disappeared after you switched systems
C- bil | @{brand} you keep raising my monthly payment without explanation
C- ref | @{brand} you owe me a {amount} refund from my closed account. it's been {weeks}
C- acc | @{brand} can't log in to submit my meter reading. site says account not found
C- acc | @{brand} moved house and you merged my account with someone else's. what a mess
C- del | @{brand} engineer was booked for {day} and never came. took the day off for nothing
C- del | @{brand} smart meter installation cancelled for the 4th time
C- oth | @{brand} on hold {hrs} to report an outage. seriously?
C- oth | @{brand} your phone line keeps hanging up after the first menu
C- oth | @{brand} threatening letters about debt I don't owe. stop harassing me
C- bil | @{brand} hi, my latest bill seems high, can someone check the meter reading?
C- out | @{brand} we've had no power since {time} in {city}, is there a known outage?
Q0 out | @{brand} is there a power cut in {city}? whole street is dark
Q0 out | @{brand} when will the water be back on in {city}?
Q0 out | @{brand} is the tap water safe to drink after the repairs?
Q0 bil | @{brand} how do I submit a meter reading?
Q0 bil | @{brand} can I pay my bill in installments?
Q0 bil | @{brand} why is my bill estimated when I have a smart meter?
Q0 bil | @{brand} when is my direct debit taken?
Q0 pq | @{brand} do you have a green energy tariff?
Q0 pq | @{brand} how do I switch to a fixed tariff?
Q0 pq | @{brand} am I eligible for the winter discount?
Q0 pq | @{brand} do you install EV chargers?
Q0 acc | @{brand} how do I move my account to my new address?
Q0 acc | @{brand} how do I add my partner to the account?
Q0 del | @{brand} when is my smart meter installation?
Q0 ref | @{brand} how do I get my credit balance refunded?
F+ out | @{brand} power back on in under an hour, great work from your crews in the storm
F+ oth | @{brand} thanks for helping me set up a payment plan, really took the stress off
F+ oth | @{brand} the engineer was friendly and fixed it in 20 min 👍
F+ bil | @{brand} new app makes submitting readings so easy. thanks
F0 pq | @{brand} would love an app widget showing daily usage
T0 oth | storm knocked a tree down on our street, crews already out. stay safe everyone
T- oth | energy prices are insane this winter
T0 oth | RT @citynews: {brand} to upgrade water mains in {city} next month
T+ oth | solar panels going up on the roof today ☀️
` };

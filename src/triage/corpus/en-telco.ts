// Written by the project: English posts to phone, internet and TV providers. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_TELCO: CorpusSource = { name: 'en-telco', language: 'en', industry: 'telco', lines: `
C- out | @{brand} internet down again in {city}. third time this week. I work from home!!
C- out | @{brand} no signal at all since {day}. can't even call 911 if I needed to
C- out | @{brand} my wifi keeps dropping every 10 minutes. paying for 500mb and getting nothing
C- out | @{brand} speeds are 3mbps tonight. I pay for gigabit. explain
C- out | @{brand} is there an outage in {city}? everything is down and your status page says all good
C- out | @{brand} TV box stuck on "updating" for {hrs}. missed the whole game
C- out | @{brand} my phone has had no service for {days} after the tower "upgrade"
C- out | @{brand} calls keep dropping mid sentence. useless network
C- out | @{brand} the router you sent is broken out of the box. blinking red light
C- out | @{brand} internet has been cutting out every evening for {weeks}. every night at 8pm
C- out | @{brand} can't make calls over wifi since the last update. please fix
C- out | @{brand} 5G icon but nothing loads. what's the point
C- out | @{brand} my landline has been dead since {day}. my elderly dad relies on it
C- bil | @{brand} my bill went up {amount} this month without any warning
C- bil | @{brand} charged me for international roaming when I never left the country
C- bil | @{brand} you billed me for a month after I cancelled. want it back
C- bil | @{brand} why is there a "network access fee" on my bill? never agreed to that
C- bil | @{brand} promo price was supposed to last 12 months, you raised it after 3
C- bil | @{brand} charged {amount} for data overage when I have an unlimited plan
C- bil | @{brand} I've been double billed for {n} months. nobody on the phone can fix it
C- bil | @{brand} got a bill for equipment I returned in person. I have the receipt
C- del | @{brand} technician was supposed to come between 8-12. it's 4pm. no call no show
C- del | @{brand} installation appointment cancelled for the 3rd time. been without internet {weeks}
C- del | @{brand} still waiting for the sim card you sent {weeks} ago
C- del | @{brand} new phone was supposed to arrive {day}, tracking hasn't moved in {days}
C- acc | @{brand} can't log into my account to pay the bill. password reset link is broken
C- acc | @{brand} someone ported my number out without my permission. I need my line back now
C- acc | @{brand} my account shows someone else's name and address. privacy issue much?
C- oth | @{brand} been on hold {hrs}. your chat bot keeps sending me in circles
C- oth | @{brand} 6 calls, 6 different answers. does anyone there know anything?
C- oth | @{brand} your store staff refused to help because I bought the phone online
C- oth | @{brand} trying to cancel and you keep transferring me to "retention". let me go
C- oth | @{brand} worst customer service. switching to a competitor as soon as my contract ends
C- ref | @{brand} returned the phone within 14 days and still no refund {weeks} later
C- ref | @{brand} promised a credit for the outage last month, never showed up on my bill
C- out | @{brand} my internet has been slow since {day}, could you check the line please?
C- bil | @{brand} hi, my bill looks higher than usual this month, can someone explain the charges?
Q0 pq | @{brand} what plans do you have for a family of 4?
Q0 pq | @{brand} does the unlimited plan include hotspot?
Q0 pq | @{brand} is fiber available at my address in {city}?
Q0 pq | @{brand} can I keep my number if I switch to you?
Q0 pq | @{brand} do you have any deals for students?
Q0 pq | @{brand} does my plan work in Mexico?
Q0 pq | @{brand} how do I unlock my phone to use another sim?
Q0 pq | @{brand} what's the cheapest plan with international calls?
Q0 pq | @{brand} when is the new phone available for pre-order?
Q0 pq | @{brand} is esim supported on my plan?
Q0 out | @{brand} is there an outage in {city} right now?
Q0 out | @{brand} how do I reset my router? lights are all orange
Q0 bil | @{brand} when is my bill due this month?
Q0 bil | @{brand} how do I set up autopay?
Q0 bil | @{brand} can I change my billing date?
Q0 acc | @{brand} how do I add a line to my account?
Q0 acc | @{brand} how do I get my PUK code?
Q0 acc | @{brand} how do I transfer ownership of my account to my son?
Q0 del | @{brand} when will my technician arrive? appointment was for {time}
Q0 del | @{brand} how can I track my new router delivery?
Q0 ref | @{brand} how do I return the modem after cancelling?
Q0 oth | @{brand} how do I cancel my contract?
Q0 oth | @{brand} can someone DM me about upgrading my plan?
F+ out | @{brand} internet back up and faster than before. thanks for the quick fix!
F+ oth | @{brand} {name} in your {city} store spent an hour setting up my mom's phone. what a star
F+ oth | @{brand} honestly the best coverage I've had. even works in the mountains
F+ oth | @{brand} thanks for the free upgrade, the new router is a beast
F+ del | @{brand} technician was early, polite and super quick. 10/10
F+ oth | @{brand} your support chat actually solved my problem in 5 mins. impressed
F0 pq | @{brand} would be nice to have a plan without a contract
F- pq | @{brand} the new app layout is confusing, liked the old one better
T0 oth | RT @technews: {brand} to launch 5G in {n} more cities this year
T0 oth | anyone else's internet slow tonight or just me
T+ oth | new phone day!!! 📱😍
T- oth | my screen cracked AGAIN. i need a better case 😭
T0 oth | @{name} did you get the new phone or nah
` };

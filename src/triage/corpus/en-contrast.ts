// Written by the project: contrastive English posts, where the obvious words point the wrong
// way: neutral questions about problems, praise that mentions a delay, complaints in polite or
// sarcastic words. They teach the models to read the whole post. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_CONTRAST: CorpusSource = { name: 'en-contrast', language: 'en', industry: 'general', lines: `
Q0 pq | @{brand} what's your policy if a flight is delayed more than 3 hours?
Q0 pq | @{brand} what happens if my package is lost in transit?
Q0 pq | @{brand} if my card gets declined abroad, who do I call?
Q0 pq | @{brand} how do refunds work for cancelled orders?
Q0 pq | @{brand} do you compensate for outages?
Q0 pq | @{brand} what's the fee for a late payment?
Q0 pq | @{brand} is there a charge to cancel within 24 hours?
Q0 pq | @{brand} how long before a missing bag is considered lost?
Q0 pq | @{brand} can I get a refund if I change my mind?
Q0 oth | @{brand} just checking, is {flight} still on schedule for tonight?
Q0 oth | @{brand} my flight was moved to {time}, is the connection still ok?
Q0 oth | @{brand} heard there's a storm, should I expect delays tomorrow?
Q0 oth | @{brand} do I need to do anything about the schedule change email?
F+ oth | @{brand} despite the delay the crew was amazing, thank you
F+ oth | @{brand} no complaints at all, smooth trip
F+ oth | @{brand} never had a better flight, honestly
F+ oth | @{brand} not bad at all, way better than last time
F+ oth | @{brand} can't complain, everything arrived on time
F+ oth | @{brand} the storm delayed us but your team kept everyone calm and fed. thank you
F+ oth | @{brand} my bag was lost but you found it and delivered it the same day. impressive
F+ oth | @{brand} had an issue with my card but {name} fixed it in minutes. thank you!
F+ oth | @{brand} thanks for letting us know about the delay so early, really helpful
F+ oth | @{brand} problem solved, no more errors 🙌
F+ oth | @{brand} I was ready to complain but you beat me to it with a refund. well done
F+ oth | @{brand} nothing beats your customer service
F+ oth | @{brand} no wait at all today, in and out in 5 minutes
C- oth | @{brand} great, another delay. just what I needed
C- oth | @{brand} wonderful, my bag went on vacation without me
C- oth | @{brand} amazing how you manage to be late every single time
C- oth | @{brand} perfect, now the app won't even open
C- oth | @{brand} oh good, another "we apologize for the inconvenience"
C- oth | @{brand} fantastic customer service, if you like being ignored
C- oth | @{brand} brilliant, charged again for something I cancelled
C- oth | @{brand} super helpful, said no one ever
C- oth | @{brand} love how nobody knows anything
C- oth | @{brand} best part of my day: 2 hours on hold with you
C- oth | @{brand} kindly note I have now been waiting {days} for a reply
C- oth | @{brand} I appreciate the apology but I still don't have my bag
C- oth | @{brand} thanks for the response, but that doesn't solve anything
C- oth | @{brand} I understand it's busy, but {hrs} with no update is too much
C- oth | @{brand} with respect, this is the fourth time I'm explaining this
C- oth | @{brand} please could someone look at this, it's been {days}
C- oth | @{brand} hi, just flagging that the refund still hasn't arrived
C- oth | @{brand} could you help? my booking disappeared from the app
C- oth | @{brand} not trying to be difficult but I was promised a call back
C- oth | @{brand} sorry to bother you again, still no news on my claim
C- oth | @{brand} the flight was fine but my luggage is still in {city}
C- oth | @{brand} the seats were nice, too bad we sat on the tarmac for {hrs}
T0 oth | @{brand} delayed flights in {city} today because of the weather, per the news
T0 oth | reading about how airlines handle lost luggage, fascinating stuff
T0 oth | writing a paper on customer complaints on social media
T0 oth | did you know most bags that go missing are found within 48 hours?
T0 oth | {brand} on-time stats for last month were just published {url}
T+ oth | no delays, no lines, no problems. travel gods are smiling today
T- oth | every time I travel something goes wrong, it's a curse
` };

// Written by the project: English posts to airlines. Format: see parse-lines.ts. A reported
// problem is labeled negative even when politely worded, as care annotators label it.
import type { CorpusSource } from './types.ts';

export const EN_AIRLINE: CorpusSource = { name: 'en-airline', language: 'en', industry: 'airline', lines: `
C- oth | @{brand} {flight} delayed [again|for the third time|AGAIN] and nobody at the gate knows anything
C- oth | @{brand} sitting on the tarmac for {hrs} with no updates. this is ridiculous
C- oth | @{brand} my flight got cancelled {day} and the rebooking is for [Thursday|3 days later|next week]?? are you serious
C- oth | @{brand} you cancelled my flight to {city} with zero notice. i have a wedding tomorrow
C- oth | @{brand} missed my connection in {city} because the first leg was late. now stuck overnight with no hotel
C- oth | @{brand} {hrs} delay and not even a water bottle. worst airline ever
C- oth | @{brand} why does the app still say on time when the board says delayed {hrs}?
C- oth | @{brand} delayed, then cancelled, then rebooked on a flight that's also delayed. unbelievable
C- oth | @{brand} we've been waiting at gate [B12|C4|22|A7] for {hrs}. no crew, no info, no one cares
C- oth | @{brand} another late departure. i will never book with you again
C- oth | @{brand} bumped from an overbooked flight and the agent was rude about it. not ok
C- oth | @{brand} flight {flight} diverted and we've been stuck in {city} {hrs}. what is the plan??
C- oth | @{brand} landed {hrs} late, missed my meeting. thanks for nothing
C- oth | @{brand} Cancelled my flight home and the only option is a 6am flight in 2 days. how is that acceptable
C- oth | @{brand} stuck on the plane at the gate for {mins} waiting for a ground crew. come on
C- oth | @{brand} your crew was rude to my elderly mom and refused to help with her bag. disgraceful
C- oth | @{brand} the flight attendant yelled at a passenger for asking for water. really unprofessional
C- oth | @{brand} the seats on this plane are broken and the tv doesn't work. paid for this?
C- oth | @{brand} no wifi, no power outlets, no snacks on a {hrs} flight. what am I paying for
C- oth | @{brand} plane is filthy. crumbs everywhere and the bathroom is out of order
C- oth | @{brand} the line at check-in is out the door and only 2 agents working. going to miss my flight
C- oth | @{brand} security line plus your bag drop line = {hrs}. terrible planning
C- oth | @{brand} separated my family on a {hrs} flight even though we booked together months ago
C- oth | @{brand} my kid is seated 20 rows away from me. can someone fix this before boarding
C- oth | @{brand} been on hold for {hrs} trying to rebook. your phone system hung up on me twice
C- oth | @{brand} your customer service line just disconnects after 40 minutes. how do I reach a human
C- oth | @{brand} I've DMed you 3 times about my cancelled flight and no reply. hello??
C- oth | @{brand} your agents at {city} have no idea what they're doing. sent me to 3 different desks
C- oth | @{brand} so you leave us stranded overnight and the voucher is for $10? a joke
C- oth | @{brand} the pilot said maintenance issue, then crew timed out. {hrs} of our lives gone
C- oth | @{brand} no gate agent, no announcement, flight just vanished from the board. what is going on
C- oth | @{brand} the plane smells like fuel and nobody is explaining anything. kind of scary tbh
C- oth | @{brand} worst experience flying in years. delayed, rude staff, lost seat assignment
C- oth | @{brand} i get weather delays but you had {hrs} to tell us and said nothing
C- oth | @{brand} flight attendant refused to let me store my bag even though there was space. then charged me to check it
C- oth | @{brand} {flight} has been "delayed 15 minutes" for {hrs} now. just tell the truth
C- oth | @{brand} 3rd delay this month flying {city} to {city2}. starting to think it's on purpose
C- oth | @{brand} we boarded, deplaned, boarded again, and now we're being told it's cancelled. chaos
C- oth | @{brand} the app won't let me pick a seat and the agent says it's my fault. lol ok
C- oth | @{brand} you downgraded me from business to economy without asking. I paid for business
C- oth | @{brand} so much for "on time performance". sitting here {hrs} late again #fail
C- oth | @{brand} missed my daughter's recital because of your delays. hope it was worth it
C- oth | @{brand} gate changed 3 times and nobody announced it. ran across the whole airport for nothing
C- oth | @{brand} no one at the transfer desk in {city}. 200 people waiting. please send someone
C- oth | @{brand} hey, flight cancelled and the rebook link is broken. what now?
C- oth | @{brand} is anyone actually working today? been at the desk {hrs} and moved 5 people
C- del | @{brand} my bag didn't make it to {city}. it's been {days} and still nothing
C- del | @{brand} lost my luggage on the way to {city}. all my work stuff is in there. please help
C- del | @{brand} my suitcase came out of the carousel destroyed. wheel ripped off and zipper broken
C- del | @{brand} where is my bag?? the tracker has said "in transit" for {days}
C- del | @{brand} you lost my checked bag and the claim line keeps hanging up on me
C- del | @{brand} my golf clubs arrived bent. who do I talk to about damaged luggage
C- del | @{brand} bag delivered to the wrong airport and nobody can tell me when it'll get here
C- del | @{brand} been wearing the same clothes for {days} because you lost my bag. reimburse me
C- del | @{brand} your baggage office in {city} is closed and my bag is behind the door. great
C- del | @{brand} my stroller was broken when we landed. now I'm carrying a toddler through the airport
C- del | @{brand} filed a lost bag report {days} ago, reference {order}, and zero updates. where is it
C- del | @{brand} the courier was supposed to deliver my bag {day} and never showed up
C- del | @{brand} why did my bag go to {city2} when I flew to {city}? how does this happen
C- bil | @{brand} charged me {amount} for a carry-on that fit under the seat. scam
C- bil | @{brand} I was charged twice for my seat upgrade. please refund the duplicate
C- bil | @{brand} your change fee is higher than the ticket itself. robbery
C- bil | @{brand} paid for extra legroom and got a middle seat in row 34. want my money back
C- bil | @{brand} why was I charged {amount} for a bag when my fare includes one checked bag?
C- bil | @{brand} the price jumped {amount} between the search page and checkout. shady
C- ref | @{brand} you cancelled my flight and only offer a voucher. I want a real refund
C- ref | @{brand} waiting {weeks} for the refund you promised. still nothing on my card
C- ref | @{brand} my refund request keeps getting "closed" without an answer. case {order}
C- ref | @{brand} still no refund for the flight YOU cancelled in march. this is theft
C- acc | @{brand} my miles disappeared from my account after the last update. 40k points gone
C- acc | @{brand} can't log into my frequent flyer account, password reset email never arrives
C- acc | @{brand} my loyalty status got downgraded even though I flew 40 segments. fix it
C- out | @{brand} your website crashes every time I try to check in. been trying for {mins}
C- out | @{brand} app keeps saying "something went wrong" when I try to change my seat
C- out | @{brand} the check-in kiosks at {city} are all down. huge line forming
C- out | @{brand} your booking site has been down all morning. can't do anything
C- out | @{brand} mobile boarding pass won't load at security. app just spins
C- oth | @{brand} my flight {flight} got cancelled {day}. what are my options to get to {city}?
C- del | @{brand} hi, my bag didn't arrive on {flight}. I filed a report, what's the next step?
C- oth | @{brand} our flight was delayed {hrs} and we missed the connection. can someone help us rebook?
Q0 pq | @{brand} what's the weight limit for checked bags on international flights?
Q0 pq | @{brand} can I bring my dog in the cabin on a flight to {city}?
Q0 pq | @{brand} do you have direct flights from {city} to {city2} this summer?
Q0 pq | @{brand} is there wifi on the {city} to {city2} route?
Q0 pq | @{brand} how early should I get to the airport for an international flight?
Q0 pq | @{brand} do you allow carry-on suitcases on basic economy?
Q0 pq | @{brand} are meals included on flights over {hrs}?
Q0 pq | @{brand} can I travel with a car seat for my baby? does it count as a bag?
Q0 pq | @{brand} when do you open the schedule for december flights?
Q0 pq | @{brand} what documents do I need to fly to {city} with a green card?
Q0 pq | @{brand} is the lounge in {city} open 24h?
Q0 pq | @{brand} how do I request wheelchair assistance for my dad?
Q0 pq | @{brand} can I bring a power bank in my checked bag or only carry on?
Q0 pq | @{brand} hey quick q, do kids need their own seat under 2?
Q0 pq | @{brand} what's the policy for flying with a guitar?
Q0 pq | @{brand} is there a fee to pick a seat in advance?
Q0 oth | @{brand} is {flight} on time today? app isn't showing anything
Q0 oth | @{brand} any news on flights out of {city} with the storm coming?
Q0 oth | @{brand} what time does boarding start for {flight}?
Q0 oth | @{brand} can I get on an earlier flight to {city} today if there's space?
Q0 oth | @{brand} I need to change my flight to next week, can you help?
Q0 oth | @{brand} can you add my known traveler number to my booking? DM sent
Q0 oth | @{brand} sent you a DM with my confirmation number, can you take a look?
Q0 oth | @{brand} can I change the name on my ticket? misspelled my last name
Q0 oth | @{brand} how do I add a bag to an existing booking?
Q0 oth | @{brand} need to travel with my service dog next week, who do I contact?
Q0 oth | @{brand} can you hold my seat on the later flight? running late through security
Q0 ref | @{brand} how do I request a refund for a cancelled flight?
Q0 ref | @{brand} is my ticket refundable if I cancel 2 weeks before?
Q0 ref | @{brand} how long does a refund usually take to show up?
Q0 bil | @{brand} can I pay for my flight in installments?
Q0 bil | @{brand} why does my receipt show two charges? one pending and one posted
Q0 acc | @{brand} how do I merge two frequent flyer accounts?
Q0 acc | @{brand} forgot my loyalty number, how can I find it?
Q0 acc | @{brand} how do I claim miles for a flight I took last month?
Q0 del | @{brand} how do I check the status of my delayed bag?
Q0 out | @{brand} is the app down? can't load my boarding pass
Q+ oth | @{brand} love flying with you! any chance of a seat upgrade on {flight} tonight? 😊
Q+ pq | @{brand} best crew ever on my last trip! do you fly to {city} yet?
F+ oth | @{brand} thank you for getting me home safe tonight. crew was amazing
F+ oth | @{brand} shoutout to {name} at the {city} gate for rebooking me in 2 minutes. legend
F+ oth | @{brand} best flight I've had in years. on time, comfy seats, great snacks
F+ oth | @{brand} landed early!! thank you {brand} ✈️
F+ oth | @{brand} love the new seats and the free wifi. flying you from now on
F+ oth | @{brand} huge thanks to the flight crew on {flight}, they handled a medical emergency like pros
F+ oth | @{brand} the pilot's jokes made a {hrs} delay almost fun. thanks for keeping us in the loop
F+ oth | @{brand} your agent {name} fixed my booking mess in minutes. you're lucky to have her
F+ oth | @{brand} thanks for the quick reply, all sorted now 👍
F+ oth | @{brand} got upgraded on my birthday 🎉 made my day, thank you!
F+ oth | @{brand} smooth flight, friendly crew, bags came out first. perfect
F+ oth | @{brand} thank you for the birthday announcement for my daughter, she loved it
F+ oth | @{brand} finally an airline that answers on twitter. thanks for the help today
F+ oth | @{brand} thanks! appreciate you looking into it
F+ del | @{brand} my bag showed up at my door this morning, thank you for chasing it!
F+ ref | @{brand} got my refund today, thanks for sorting it out
F+ oth | @{brand} the new lounge in {city} is gorgeous. well done
F+ oth | @{brand} {name} at check-in was so kind to my nervous kid. thank you
F0 pq | @{brand} would be great if you offered more vegetarian options on long flights
F0 pq | @{brand} suggestion: let us choose seats in the app before 24h. would save a lot of calls
F- pq | @{brand} not a fan of the new boarding groups tbh, feels slower
T+ oth | heading to {city} with @{brand} this morning, can't wait to see the beach 🌴
T+ oth | window seat, coffee, sunrise over the wing. good morning from 35,000 feet ✈️
T+ oth | vacation mode on. see you soon {city}!! 😎
T0 oth | @{brand} @{brand} what's the difference between your two loyalty apps lol
T0 oth | just boarded, phone going into airplane mode. talk later
T0 oth | anyone flying {city} to {city2} next week? looking for travel buddies
T0 oth | RT @travelnews: {brand} announces new routes to {city} starting in june
T0 oth | {brand} and another carrier are in talks about a merger, per reports
T0 oth | @{name}_travels haha yes we're on the same flight!
T0 oth | airport people watching is my favorite hobby
T- oth | ugh 5am alarm for a work trip. why did i book this
T- oth | hate flying so much. my ears still hurt
T+ oth | the pilot just said "cabin crew prepare for landing" in the most soothing voice. 10/10
` };

// Written by the project: the long tail of English social traffic to and about brands: praise
// in many words, chatter that mentions a brand without needing it, conversational follow-ups,
// implicit and sarcastic complaints. Real inboxes are full of these. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_SOCIAL: CorpusSource = { name: 'en-social', language: 'en', industry: 'general', lines: `
F+ oth | @{brand} you guys are awesome, thank you!!
F+ oth | @{brand} can't thank you enough for today
F+ oth | @{brand} A+ service as always
F+ oth | @{brand} kudos to your team, problem fixed in record time
F+ oth | @{brand} props to {name} who answered my call, so helpful
F+ oth | @{brand} you made my day 😊
F+ oth | @{brand} so impressed with how you handled this
F+ oth | @{brand} really appreciate you going the extra mile
F+ oth | @{brand} wow, that was fast. thanks a ton
F+ oth | @{brand} you rock! all sorted
F+ oth | @{brand} this is why I keep coming back. thank you
F+ oth | @{brand} loyal customer for life after today
F+ oth | @{brand} you're the best in the business, seriously
F+ oth | @{brand} thanks for listening and making it right 🙏
F+ oth | @{brand} great experience from start to finish
F+ oth | @{brand} just wanted to say thanks to the whole team
F+ oth | @{brand} every time I deal with you it's easy. love that
F+ oth | @{brand} you guys never disappoint
F+ oth | @{brand} first time trying you and I'm hooked
F+ oth | @{brand} smooth as butter. thank you
F+ oth | @{brand} brilliant service today, thank you so much
F+ oth | @{brand} {name} was so lovely on the phone, made a stressful day better
F+ oth | @{brand} this is customer service done right 👏👏
F+ oth | @{brand} thank you for the surprise, totally unexpected ❤️
F+ oth | @{brand} appreciate the honesty and the quick fix
F+ oth | @{brand} got it sorted in two minutes on chat. amazing
F+ oth | @{brand} well played, {brand}. well played
F+ oth | @{brand} love this so much!!
F+ oth | @{brand} you guys are killing it lately
F+ oth | @{brand} thank you thank you thank you
F+ oth | @{brand} best decision I made this year was switching to you
F+ oth | @{brand} 5 stars, would recommend to anyone
F+ oth | @{brand} cheers for sorting that, legends
F+ oth | @{brand} honestly didn't expect a reply, thanks for reaching out
F+ oth | @{brand} thanks for the follow up, means a lot
F+ oth | @{brand} the new update is gorgeous, great job team
F+ oth | @{brand} flight was a bit late but the crew was fantastic, thank you
F+ oth | @{brand} a little delay but honestly the best service I've had, thanks
F+ oth | @{brand} that's awesome news! can't wait
F+ oth | @{brand} yay!! finally 🎉
F+ oth | @{brand} omg yes!!! thank you
F+ oth | @{brand} great, thanks for letting me know!
F+ oth | @{brand} perfect, that's exactly what I needed
F+ oth | @{brand} haha love it, thanks for the laugh
F+ oth | @{brand} aw thanks, you too!
F+ oth | @{brand} sounds great, thank you for your help
F+ oth | @{brand} good to know, thanks!
F+ oth | @{brand} nice one, appreciate it 👍
Q+ oth | @{brand} love you guys! quick question, do you do gift cards?
Q+ oth | @{brand} huge fan here 😍 when is the next sale?
Q+ oth | @{brand} thanks for the help earlier! one more thing, can I add a second card?
Q+ pq | @{brand} just bought my second one, love it. does it come in black too?
T+ oth | just booked our honeymoon with @{brand}!! so excited 💕
T+ oth | @{brand} can't wait to fly with you next week ✈️
T+ oth | @{brand} see you tomorrow {city}!!
T+ oth | treated myself to a new {product} from @{brand} today 🥰
T+ oth | @{brand} this ad made me cry in the best way
T+ oth | best coffee in {city} is at @{brand}, fight me ☕
T+ oth | nothing but respect for @{brand} and their {amount} lunch deal
T+ oth | my dog loves the box more than the toy lol. thanks @{brand} 🐶
T+ oth | date night at @{brand}, perfect as always
T+ oth | road trip playlist ready, thanks @{brand} 🎶
T+ oth | @{brand} your social media team is hilarious 😂
T+ oth | @{brand} your new commercial is so good
T+ oth | just got the new {product}, obsessed already
T+ oth | finally home after a great trip. thanks @{brand} for getting us here
T+ oth | a cold drink and a window seat. life is good ✈️
T+ oth | first flight in 2 years and I'm giddy like a kid
T+ oth | the {brand} crew singing happy birthday to a passenger is the content I needed today
T+ oth | shoutout to my mom for the {brand} gift card 🥳
T+ oth | sunny day in {city} and I have nowhere to be
T+ oth | loving the new season of my favourite show
T0 oth | @{brand} what's the name of the song in your new ad?
T0 oth | @{brand} who runs your twitter account lol
T0 oth | @{brand} @{brand} y'all should collab
T0 oth | @{brand} i see what you did there
T0 oth | @{brand} 👀
T0 oth | @{brand} @{name} look at this
T0 oth | @{brand} thoughts on the new logo?
T0 oth | @{brand} is this real?
T0 oth | @{name} did you get yours from {brand} or somewhere else?
T0 oth | @{name} I'm at the {city} airport, where are you?
T0 oth | heading to {city} for the weekend, any food recs?
T0 oth | flying {brand} for the first time tomorrow, what should I know?
T0 oth | {brand} stock is up {n}% today
T0 oth | {brand} just announced a new CEO
T0 oth | reading about the {brand} merger news this morning
T0 oth | {brand} is hiring in {city}, pass it on
T0 oth | wonder how many people fly {city} to {city2} on a tuesday
T0 oth | my uber driver just told me his life story
T0 oth | watching planes land at the airport with my nephew
T0 oth | working from the {brand} lounge today
T0 oth | someone left a dog toy on my flight and now I'm curious
T0 oth | the guy next to me on the train is eating an entire rotisserie chicken
T0 oth | me: I'll only buy one thing. also me at {brand}:
T0 oth | writing a thread about customer service jobs, it's harder than people think
T0 oth | @{brand} haha that's one way to do it
T0 oth | RT @{name}: {brand} is running a promo this weekend, check it out
T0 oth | this is your daily reminder to drink water
T0 oth | anyone else have the {brand} app open all day or just me
T0 oth | trying to decide between {brand} and another option, thoughts?
T0 oth | today's podcast episode is about airline pricing, link in bio
T0 oth | just landed in {city}
T0 oth | boarding now, see you on the other side
T0 oth | at the gate, time for a snack
T0 oth | i need a vacation from my vacation
T0 oth | new blog post: 10 tips for flying with kids {url}
T0 oth | photo from my window seat this morning {url}
T- oth | ugh why are airports so expensive
T- oth | so tired. long week
T- oth | my phone battery dies so fast now, time for a new one i guess
T- oth | hate when people recline their seats all the way
T- oth | my flight is early in the morning and i'm already dreading it
T- oth | missing my family so much right now
T- oth | @{name} that sucks, hope it gets better
T- oth | rip my wallet after this weekend 😭
T- oth | why does every ad have the same song
Q0 oth | @{brand} it's the same email I used to book
Q0 oth | @{brand} the booking was under my husband's name
Q0 oth | @{brand} it's {name} with no h
Q0 oth | @{brand} flight {flight} from {city} to {city2}
Q0 oth | @{brand} confirmation number is in your DMs now
Q0 oth | @{brand} i'll try that and let you know
Q0 oth | @{brand} ok done, what now?
Q0 oth | @{brand} yes, I already did that twice
Q0 oth | @{brand} no, still the same
Q0 oth | @{brand} not yet, should I wait?
Q0 oth | @{brand} which form do I fill in?
Q0 oth | @{brand} do I need to call or can I do it online?
Q0 oth | @{brand} can you follow me so I can DM you?
Q0 oth | @{brand} sorry, which number should I call again?
Q0 oth | @{brand} I'm on iOS 17, latest version of the app
Q0 oth | @{brand} the order was placed {day} around {time}
Q0 oth | @{brand} it says error code 12, what does that mean?
Q0 oth | @{brand} do you need a photo of the receipt?
Q0 oth | @{brand} my zip code is 10001 if that helps
Q0 oth | @{brand} is there a way to do this without the app?
Q0 oth | @{brand} can I bring this up at the airport instead?
Q0 oth | @{brand} what's the status on my case?
Q0 oth | @{brand} can you confirm you got my email?
Q0 oth | @{brand} where do I find my booking reference?
Q0 pq | @{brand} is the offer still on?
Q0 pq | @{brand} does that apply to existing customers too?
Q0 pq | @{brand} is this available in {city}?
Q0 pq | @{brand} how much is it to upgrade?
Q0 pq | @{brand} do you have a student rate?
Q0 pq | @{brand} will there be more dates added?
C- oth | @{brand} 45 minutes on hold and counting
C- oth | @{brand} so... where's my refund?
C- oth | @{brand} 3 hours at the gate. 3.
C- del | @{brand} my bag is in {city}. I am in {city2}.
C- oth | @{brand} you had one job
C- oth | @{brand} cool, so I'll just sleep at the airport then
C- oth | @{brand} thanks for the 4 hour delay, really made my day
C- del | @{brand} great job losing my bag again 👏
C- oth | @{brand} love spending my saturday on hold with you
C- oth | @{brand} that's a new record, {hrs} to answer an email
C- oth | @{brand} still waiting on that callback from last week
C- oth | @{brand} and yet here we are, day {n}
C- oth | @{brand} the agent just shrugged and walked away
C- oth | @{brand} I asked a simple question and got a link to the homepage
C- oth | @{brand} I'm on my 4th chat agent today
C- oth | @{brand} is anyone actually reading these
C- oth | @{brand} should I just give up?
C- oth | @{brand} why is it always something with you
C- oth | @{brand} please, I just want to get home
C- oth | @{brand} we were promised a hotel. there's no hotel
C- oth | @{brand} the phone menu sends me back to the start every time
C- oth | @{brand} told to call, called, told to email, emailed, told to call
C- oth | @{brand} paid for priority and boarded last
C- oth | @{brand} that's not what your website says
C- oth | @{brand} your reply didn't answer my question at all
C- oth | @{brand} I've been a customer 12 years and this is the thanks I get
C- oth | @{brand} the crew was great but the 2 hour delay with no info was not
C- oth | @{brand} nice plane, shame about the broken seat
C- oth | @{brand} how do you lose a whole reservation?
C- oth | @{brand} i don't even know what to say anymore
C- oth | @{brand} yeah I tried that. didn't work. nothing works
C- oth | @{brand} your website says one thing, your agents say another
C- oth | @{brand} really? that's your answer?
C- oth | @{brand} who decided this was a good idea
C- oth | @{brand} not even an apology
C- oth | @{brand} honestly expected better from you
C- oth | @{brand} guess I'll take my business elsewhere
C- oth | @{brand} my mom has been on hold for an hour. she's 82
C- oth | @{brand} you guys really need more staff
C- oth | @{brand} the hold music is burned into my brain at this point
C- bil | @{brand} that fee came out of nowhere
C- bil | @{brand} explain this charge please, because I can't
C- del | @{brand} tracking hasn't moved since {day}
C- del | @{brand} my package has been "arriving tomorrow" for a week
C- out | @{brand} it's been spinning for 10 minutes
C- out | @{brand} same error again, screenshot attached {url}
C- ref | @{brand} day {nn} of waiting for my refund
C- acc | @{brand} it keeps saying my password is wrong. it isn't
` };

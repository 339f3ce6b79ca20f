// Written by the project: English posts that fit any brand: conversation follow-ups, generic
// complaints and praise, chatter, and spam. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_GENERAL: CorpusSource = { name: 'en-general', language: 'en', industry: 'general', lines: `
Q0 oth | @{brand} just sent you a DM with the details
Q0 oth | @{brand} DM sent, please check
Q0 oth | @{brand} I did that already and it still doesn't work. what next?
Q0 oth | @{brand} yes I tried restarting, same problem
Q0 oth | @{brand} my case number is {order}, any update?
Q0 oth | @{brand} following up on my message from {day}, any news?
Q0 oth | @{brand} hi, can someone get back to me? sent an email {days} ago
Q0 oth | @{brand} which email address should I use to send the documents?
Q0 oth | @{brand} can you call me back? number is in the DM
Q0 oth | @{brand} is there a phone number I can call?
Q0 oth | @{brand} how do I speak to a real person?
Q0 oth | @{brand} what are your opening hours over the holidays?
Q0 oth | @{brand} how do I make a complaint?
Q0 oth | @{brand} can I get a manager to contact me?
Q0 oth | @{brand} who do I contact about a data request?
Q0 oth | @{brand} hello? anyone there?
Q0 oth | @{brand} what's the best way to reach support, chat or phone?
Q0 oth | @{brand} can you check my DMs please
Q0 oth | @{brand} no I haven't received anything yet
Q0 oth | @{brand} it's the same account, email ends in @gmail
Q0 oth | @{brand} ok, what info do you need from me?
C- oth | @{brand} still waiting for a reply. {days} now
C- oth | @{brand} I've explained this 5 times. nobody reads my messages
C- oth | @{brand} your "we'll get back to you within 24 hours" was {days} ago
C- oth | @{brand} you replied with a copy paste answer that has nothing to do with my question
C- oth | @{brand} DMed you {day}, nothing. do you even read these?
C- oth | @{brand} this is the worst customer service I have ever experienced
C- oth | @{brand} your support is a joke. transferred 4 times, problem not solved
C- oth | @{brand} absolutely disgusted with how I've been treated. never again
C- oth | @{brand} I'm done. cancelling everything and telling everyone I know
C- oth | @{brand} if this isn't fixed by friday I'm contacting my lawyer
C- oth | @{brand} reported you to the consumer protection agency. enough
C- oth | @{brand} so disappointed. used to love this company
C- oth | @{brand} how hard is it to answer a simple question?
C- oth | @{brand} thanks for nothing. problem still not fixed
C- oth | @{brand} great, another automated reply. so helpful 🙄
C- oth | @{brand} love how you ignore every message. really great service
C- oth | @{brand} oh wonderful, {days} and still no answer. top notch service
C- oth | @{brand} yet again let down by {brand}. why do I bother
C- oth | @{brand} please fix this, I'm begging at this point
C- oth | @{brand} can someone actually help me instead of sending links to the faq
C- oth | @{brand} i am a loyal customer for 10 years and this is how you treat me?
C- oth | @{brand} 😡😡😡 still broken
C- oth | @{brand} seriously?? AGAIN??
C- oth | @{brand} not happy at all with how this was handled
C- oth | @{brand} I don't understand why this is so difficult
C- oth | @{brand} the agent hung up on me mid sentence
C- oth | @{brand} your staff lied to me about the policy
C- oth | @{brand} first and last time I use {brand}
C- oth | @{brand} this is unacceptable. I want compensation
C- oth | {brand} has the worst service I've ever dealt with. avoid
C- oth | never using {brand} again after today
C- oth | how is {brand} still in business with service this bad
F+ oth | @{brand} thank you so much for your help today!
F+ oth | @{brand} problem solved, thanks for the quick response
F+ oth | @{brand} you guys are the best ❤️
F+ oth | @{brand} that worked, thank you!
F+ oth | @{brand} thanks, I'll try that
F+ oth | @{brand} perfect, thanks {name}!
F+ oth | @{brand} appreciate the fast reply 🙏
F+ oth | @{brand} wow that was quick. great service
F+ oth | @{brand} all good now, cheers
F+ oth | @{brand} thanks for making it right
F+ oth | @{brand} 10/10 customer service, thank you
F+ oth | shoutout to @{brand} for amazing customer service today
F+ oth | can't say enough good things about @{brand}. always helpful
F+ oth | big thanks to @{brand} for sorting my issue so fast
F+ oth | @{brand} you just gained a customer for life
F0 oth | @{brand} ok thanks
F0 oth | @{brand} ok, will do
F0 oth | @{brand} got it
F0 oth | @{brand} noted, thanks for letting me know
F0 pq | @{brand} suggestion: a live chat on the website would help a lot
F- oth | @{brand} meh, it's fine I guess. used to be better
T0 oth | @{brand} lol
T0 oth | @{brand} 😂😂
T0 oth | @{brand} @{brand} who wore it better
T0 oth | what's everyone doing this weekend?
T0 oth | can't believe it's already {day}. where did the week go
T0 oth | @{name} haha same
T0 oth | @{name} did you watch the game last night
T0 oth | coffee first, emails later
T0 oth | this weather though
T0 oth | @{name} send me the link when you get a chance
T0 oth | just saw the {brand} ad on tv. catchy song
T0 oth | is it just me or is everyone on vacation this week
T0 oth | watching the {brand} keynote, anyone else?
T0 oth | I wonder if {brand} will do a collab with someone cool this year
T0 oth | my cat just knocked my coffee over. good morning to me
T+ oth | best day ever with my favourite people 💕
T+ oth | happy friday everyone!! 🎉
T+ oth | sunday brunch and no plans. perfect
T+ oth | @{name} congrats on the new job!!! so proud of you
T+ oth | love this song so much right now
T+ oth | the sunset tonight 😍
T- oth | mondays should be illegal
T- oth | traffic on the highway is a nightmare today
T- oth | my team lost again. I can't take this anymore
T- oth | so tired of this rain
T- oth | worst headache ever. going to bed
T- oth | @{name} ugh that's terrible, sorry to hear
S0 oth | 🔥 EARN {amount} A DAY FROM HOME 🔥 no experience needed, DM me now
S0 oth | @{brand} I made {amount} in one week with this simple trick 👉 {url}
S0 oth | free iphone giveaway!!! follow + retweet to win {url}
S0 oth | @{brand} check out my page for the best crypto signals 🚀🚀 100x guaranteed
S0 oth | follow me and I follow back 💯 #follow4follow #f4f
S0 oth | Get 10,000 followers in 24 hours!! cheap and safe {url}
S0 oth | @{brand} hot singles in your area want to meet you {url}
S0 oth | invest {amount} today and get 10x returns in 7 days. message me on whatsapp
S0 oth | @{brand} is giving away gift cards to the first 500 people, claim yours {url}
S0 oth | @{brand} Dear customer, your account will be suspended. verify now at {url}
S0 oth | @{brand} hi, contact our support team on whatsapp +1 555 0100 for instant refund help
S0 oth | hacked account? lost crypto? I recovered mine with @recovery_pro_{nn}, DM him
S0 oth | Buy cheap watches, bags and shoes 90% OFF {url} {url}
S0 oth | 💰💰 bitcoin doubling service 💰💰 send 0.1 get 0.2 back {url}
S0 oth | work from home and earn passive income!!! link in bio 💸💸💸
S0 oth | @{brand} @{brand} @{brand} @{brand} check my new mixtape {url}
S0 oth | limited offer!!! weight loss pills that really work {url}
S0 oth | CLICK HERE to claim your prize {url}
S0 oth | get a loan in 5 minutes, no credit check, apply now {url}
S0 oth | @{brand} nice post! visit my profile for exclusive content 😘
S0 oth | earn money by liking posts!!! join now {url}
S0 oth | promote your business to 1M followers, DM for prices
S0 oth | {brand} customer care number +1 888 000 1234 call now for help 24/7
S0 oth | Congratulations! you have been selected for a {amount} reward. click {url}
S0 oth | sex cams free no signup {url}
S0 oth | cheap followers likes views 👉 {url} 👈
S0 oth | i lost {amount} to a fake broker until i met @hackerjane_{nn}. she recovered everything
S0 oth | @{brand} hey dear, I have a business proposal for you, check your inbox
` };

// Written by the project: English posts to shops, marketplaces, food and parcel delivery. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const EN_RETAIL: CorpusSource = { name: 'en-retail', language: 'en', industry: 'retail', lines: `
C- del | @{brand} my {product} says delivered but it's not here. checked with neighbours, nothing
C- del | @{brand} order {order} was supposed to arrive {day}. still "processing"
C- del | @{brand} the driver left my package in the rain and now it's soaked
C- del | @{brand} package marked as delivered to an address in another city. how??
C- del | @{brand} {days} late and no tracking updates. is my order even real?
C- del | @{brand} courier never even rang the bell, just left a "missed delivery" card. I was home all day
C- del | @{brand} my groceries arrived 3 hours late and half of it was missing
C- del | @{brand} received someone else's order. mine is nowhere
C- del | @{brand} the box arrived crushed and the {product} inside is broken
C- del | @{brand} delivery window was 9-1, now it's rescheduled to next week without asking me
C- del | @{brand} food arrived cold and an hour late. {amount} for this??
C- del | @{brand} paid for next day delivery, it took {days}
C- del | @{brand} tracking says out for delivery since {day}. what is going on
C- del | @{brand} driver threw my parcel over the fence. it's a TV
C- del | @{brand} your delivery guy was rude and refused to bring it upstairs
C- del | @{brand} wrong item sent for the 2nd time. I ordered a size M not XXL
C- del | @{brand} half my order is missing and the app won't let me report it
C- ref | @{brand} returned the {product} {weeks} ago and still no refund
C- ref | @{brand} you rejected my return because the box was opened. it was faulty!
C- ref | @{brand} refund "processed" {days} ago but not on my card. where is it
C- ref | @{brand} store won't take back a faulty item bought {days} ago. no receipt needed by law
C- ref | @{brand} charged me a restocking fee for a broken product. that's not how it works
C- ref | @{brand} I cancelled my order before it shipped and you still charged me
C- bil | @{brand} charged {amount} for an order I cancelled
C- bil | @{brand} price at checkout was different from the shelf price. overcharged again
C- bil | @{brand} your promo code didn't apply and now I'm charged full price
C- bil | @{brand} charged twice for the same order, {order}
C- bil | @{brand} subscription renewed without any reminder and charged me {amount}
C- out | @{brand} your website won't let me checkout, keeps throwing an error
C- out | @{brand} app crashes every time I open my basket
C- out | @{brand} payment page just spins forever. tried 3 cards
C- acc | @{brand} can't log into my account, and the reset email never comes
C- acc | @{brand} my account got hacked and someone placed orders with my card
C- oth | @{brand} the {product} broke after 2 weeks. cheap quality
C- oth | @{brand} store in {city} had one cashier and a line of 30 people. do better
C- oth | @{brand} staff followed me around the store like I was stealing. humiliating
C- oth | @{brand} your chat bot is useless and there's no way to reach a person
C- oth | @{brand} the sofa you delivered has a big stain on it. want a replacement
C- oth | @{brand} found a hair in my salad. disgusting
C- oth | @{brand} product description said waterproof. it's not. at all
C- del | @{brand} hi! my order {order} hasn't arrived yet, could you check where it is?
C- ref | @{brand} I sent a return {weeks} ago, could you confirm you received it?
Q0 del | @{brand} do you deliver to {city}?
Q0 del | @{brand} how long does standard shipping take?
Q0 del | @{brand} can I change my delivery address after ordering?
Q0 del | @{brand} where's my order? placed it {day}
Q0 del | @{brand} can I pick up my order in store instead?
Q0 del | @{brand} do you ship internationally?
Q0 ref | @{brand} what's your return policy for sale items?
Q0 ref | @{brand} can I return something bought online to a store?
Q0 ref | @{brand} how long do refunds take?
Q0 ref | @{brand} how do I print a return label?
Q0 pq | @{brand} will the {product} be back in stock?
Q0 pq | @{brand} is this jacket true to size?
Q0 pq | @{brand} does the {product} come with a warranty?
Q0 pq | @{brand} do you price match?
Q0 pq | @{brand} are your products vegan?
Q0 pq | @{brand} does this come in blue?
Q0 pq | @{brand} what time does the {city} store close today?
Q0 pq | @{brand} is the black friday sale online too?
Q0 bil | @{brand} can I pay with paypal?
Q0 bil | @{brand} how do I get an invoice for my order?
Q0 bil | @{brand} can I use two gift cards on one order?
Q0 acc | @{brand} how do I delete my account?
Q0 acc | @{brand} how do I change my email on my account?
Q0 acc | @{brand} how do I unsubscribe from your emails?
Q0 oth | @{brand} can I cancel my order {order}? ordered the wrong size
Q0 oth | @{brand} can I add something to my order before it ships?
F+ del | @{brand} ordered at 10pm, arrived at 9am. witchcraft. thank you!
F+ oth | @{brand} the {product} is even better in person. obsessed
F+ ref | @{brand} return and refund done in 2 days. easiest return ever
F+ oth | @{brand} {name} at the {city} store went above and beyond to find my size. thank you!!
F+ del | @{brand} your driver helped carry everything up 4 flights of stairs. legend
F+ oth | @{brand} love love love my new {product} 😍
F+ oth | @{brand} customer service sorted my issue in one message. impressed
F+ oth | @{brand} best pizza in town, as always 🍕
F0 pq | @{brand} please bring back the old recipe
F0 pq | @{brand} would love more plus size options
F- pq | @{brand} the new packaging is so much plastic. not great
T+ oth | new shoes from @{brand} and I'm feeling myself ✨
T0 oth | went to {brand} for milk and left with $80 of stuff. every time
T0 oth | RT @deals: {brand} 30% off everything this weekend
T- oth | online shopping at 2am is a dangerous habit
T0 oth | @{name} did you see {brand} has a sale on
T+ oth | haul from @{brand} today 🛍️ link in my bio
` };

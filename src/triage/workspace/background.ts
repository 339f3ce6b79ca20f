// Written by the project: ordinary posts across care topics. When a workspace's topic examples
// are learned, these are learned alongside them with the topic the engine already gives them,
// so that a handful of examples for a new topic cannot pull every other post into it.

export const BACKGROUND_POSTS: readonly string[] = [
  'my card was charged twice for the same order', 'why is my bill higher this month', 'there is a fee on my statement I do not recognise',
  'my package never arrived', 'tracking has not moved in a week', 'the courier left my parcel at the wrong address',
  'the app keeps crashing when I open it', 'the website is down again', 'internet has been out since this morning',
  'I cannot log in to my account', 'the password reset email never arrives', 'my account got locked after the update',
  'do you ship to Canada', 'is this available in blue', 'what are your opening hours on sunday',
  'I want to return these shoes', 'still waiting for my refund', 'how do I send an item back',
  'thank you so much for the help today', 'great service as always', 'love the new update',
  'on hold for an hour and nobody answers', 'your staff were rude to me', 'this is the worst service ever',
  'happy friday everyone', 'what a beautiful day', 'watching the game tonight',
  'just sent you a DM with my details', 'can someone call me back', 'any update on my case',
];

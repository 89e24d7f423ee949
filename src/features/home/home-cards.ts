// Home's cards beyond its list of sets, in a chunk of their own: the first screen's file holds Home's list only.
export { CheckUpOfferCard } from './CheckUpOfferCard';
export { MixedPracticeCard } from './MixedPracticeCard';
export { ReviewCard } from './ReviewCard';

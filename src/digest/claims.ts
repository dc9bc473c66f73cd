/**
 * The digest's view of figures as claims. Grouping, disagreement and formatting live with the
 * figure queries (src/desk/figure-query.ts) so /figure and the digest always agree.
 */
export { disagree, formatClaimValue, groupClaims, quantityKey, type Claim } from '../desk/figure-query.ts';

import { triage } from 'calf-pain-guide/checker';

const result = triage(['swelling-one-leg', 'long-journey']);
console.log(result.level); // urgent
console.log(result.causes[0]); // { id: 'dvt', reasons: [ 'swelling-one-leg', 'long-journey' ] }
console.log(result.flags); // [ 'swelling-one-leg', 'long-journey' ]
console.log(result.routes); // []

import type { LocalDate } from '../dates/local-date.js';

/**
 * A document outside the catalogue that shares its number with one inside it: Chỉ thị 16/CT-TTg of 2020
 * (COVID-19) against the 2016 one on mass mobilisation, Nghị quyết 76/NQ-CP of 2021 against that of 2013.
 * The lookup knows them only to ask back or to say "that one is not in the catalogue", never to answer.
 */
export interface Namesake {
  symbol: string;
  type: string;
  issuer: string;
  issuedOn: LocalDate | null;
  title: string;
  keywords: string[];
  /**
   * true: people mean this one at least as often as the catalogued one, so a bare number gets a question
   * back; false: the catalogued one is what staff here mean, and the answer only mentions this one.
   */
  askBack: boolean;
}

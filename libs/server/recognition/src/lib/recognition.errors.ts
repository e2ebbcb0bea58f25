import { AppError } from '@palabre/core';

/** Domain error codes of recognition, as clients see them in `extensions.code`. */
export enum RecognitionErrorCode {
  SelfKudos = 'SELF_KUDOS',
}

export const selfKudos = () => new AppError(RecognitionErrorCode.SelfKudos, 'You cannot give kudos to your own content; thank someone else for theirs');

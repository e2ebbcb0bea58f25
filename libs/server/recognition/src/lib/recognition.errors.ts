import { RecognitionErrorCode } from '@palabre/contracts';
import { AppError } from '@palabre/core';

export const selfKudos = () => new AppError(RecognitionErrorCode.SelfKudos, 'You cannot give kudos to your own content; thank someone else for theirs');

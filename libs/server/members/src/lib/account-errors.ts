import { badInput, conflict, inFrench } from '@palabre/core';

/** Account errors in English and French (the caller's language is chosen by ErrorLanguage; codes never change). */

/** One answer for a link that never existed, expired, was used, or belongs to an address since replaced. */
export const invalidLink = () =>
  inFrench(badInput('This link is invalid, expired or already used; ask for a new one', { field: 'token' }), 'Ce lien est invalide, expiré ou déjà utilisé ; demandez-en un nouveau');

export const wrongCurrentPassword = () => inFrench(badInput('The current password is incorrect', { field: 'currentPassword' }), 'Le mot de passe actuel est incorrect');

export const sameEmail = () => inFrench(conflict('This is already the email of your account', { field: 'newEmail' }), 'C’est déjà l’adresse email de votre compte');

export const emailTaken = (field: 'newEmail' | 'token') => inFrench(conflict('Another account uses this email', { field }), 'Un autre compte utilise cette adresse email');

export const TOO_MANY_EMAILS = { en: 'Too many emails asked for; try again in an hour', fr: 'Trop d’emails demandés ; réessayez dans une heure' };
export const TOO_MANY_RESETS = { en: 'Too many password reset requests; try again in an hour', fr: 'Trop de demandes de réinitialisation ; réessayez dans une heure' };

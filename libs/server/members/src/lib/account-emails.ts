import { LINK_TOKEN_PLACEHOLDER, MailLocale, renderMail } from '@palabre/core';

/** Account emails in French and English; each link carries LINK_TOKEN_PLACEHOLDER, filled in by the mail worker. */
export interface AccountLinks {
  publicUrl: string;
}

const link = (publicUrl: string, page: string) => `${publicUrl}/account/${page}?token=${LINK_TOKEN_PLACEHOLDER}`;
const hours = (minutes: number) => Math.max(1, Math.round(minutes / 60));

export function verifyEmailMail(locale: MailLocale, publicUrl: string, handle: string, ttlMinutes: number) {
  const url = link(publicUrl, 'verify-email');
  return locale === 'FR'
    ? renderMail(locale, 'Confirmez votre adresse email Palabre', [
        { p: `Bonjour ${handle},` },
        { p: `Pour confirmer que cette adresse est bien la vôtre, ouvrez ce lien dans les ${hours(ttlMinutes)} heures. Tant qu'elle n'est pas confirmée, Palabre ne vous écrit rien d'autre.` },
        { link: url, label: 'Confirmer mon adresse' },
        { small: "Vous n'avez pas créé de compte Palabre ? Ignorez ce message : sans confirmation, vous ne recevrez plus rien." },
      ])
    : renderMail(locale, 'Confirm your Palabre email address', [
        { p: `Hello ${handle},` },
        { p: `To confirm this address is yours, open this link within ${hours(ttlMinutes)} hours. Until it is confirmed, Palabre sends nothing else to it.` },
        { link: url, label: 'Confirm my address' },
        { small: 'Did not create a Palabre account? Ignore this message: without confirmation you will receive nothing more.' },
      ]);
}

export function confirmEmailChangeMail(locale: MailLocale, publicUrl: string, handle: string, ttlMinutes: number) {
  const url = link(publicUrl, 'confirm-email');
  return locale === 'FR'
    ? renderMail(locale, 'Confirmez votre nouvelle adresse email Palabre', [
        { p: `Bonjour ${handle},` },
        { p: `Vous avez demandé à utiliser cette adresse pour votre compte Palabre. Elle remplacera l'ancienne dès que vous ouvrirez ce lien (valable ${hours(ttlMinutes)} heures).` },
        { link: url, label: 'Utiliser cette adresse' },
        { small: "Ce n'était pas vous ? Ignorez ce message : rien ne change sans confirmation." },
      ])
    : renderMail(locale, 'Confirm your new Palabre email address', [
        { p: `Hello ${handle},` },
        { p: `You asked to use this address for your Palabre account. It replaces the old one as soon as you open this link (valid for ${hours(ttlMinutes)} hours).` },
        { link: url, label: 'Use this address' },
        { small: 'Was it not you? Ignore this message: nothing changes without confirmation.' },
      ]);
}

export function resetPasswordMail(locale: MailLocale, publicUrl: string, handle: string, ttlMinutes: number) {
  const url = link(publicUrl, 'reset-password');
  return locale === 'FR'
    ? renderMail(locale, 'Réinitialiser votre mot de passe Palabre', [
        { p: `Bonjour ${handle},` },
        { p: `Quelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte. Ce lien sert une seule fois et expire dans ${ttlMinutes} minutes ; l'utiliser ferme toutes vos sessions.` },
        { link: url, label: 'Choisir un nouveau mot de passe' },
        { small: "Ce n'était pas vous ? Ignorez ce message : votre mot de passe ne change pas." },
      ])
    : renderMail(locale, 'Reset your Palabre password', [
        { p: `Hello ${handle},` },
        { p: `Someone (you, we hope) asked to reset the password of your account. This link works once and expires in ${ttlMinutes} minutes; using it signs you out everywhere.` },
        { link: url, label: 'Choose a new password' },
        { small: 'Was it not you? Ignore this message: your password does not change.' },
      ]);
}

/** To the address an account just left. No link: a takeover must not be undone (or confirmed) by one click. */
export function emailChangedNoticeMail(locale: MailLocale, handle: string) {
  return locale === 'FR'
    ? renderMail(locale, 'L’adresse email de votre compte Palabre a changé', [
        { p: `Bonjour ${handle},` },
        { p: "L'adresse email de votre compte Palabre vient d'être remplacée par une autre ; cette adresse-ci ne recevra plus rien de Palabre." },
        { p: "Si vous n'êtes pas à l'origine de ce changement, contactez l'équipe de modération de votre communauté et réinitialisez votre mot de passe au plus vite." },
      ])
    : renderMail(locale, 'The email address of your Palabre account changed', [
        { p: `Hello ${handle},` },
        { p: 'The email address of your Palabre account has just been replaced by another one; this address will receive nothing more from Palabre.' },
        { p: 'If you did not make this change, contact the moderators of your community and reset your password as soon as possible.' },
      ]);
}

export function passwordChangedNoticeMail(locale: MailLocale, handle: string) {
  return locale === 'FR'
    ? renderMail(locale, 'Le mot de passe de votre compte Palabre a changé', [
        { p: `Bonjour ${handle},` },
        { p: 'Le mot de passe de votre compte vient de changer et vos autres sessions ont été fermées.' },
        { p: "Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe et contactez l'équipe de modération de votre communauté." },
      ])
    : renderMail(locale, 'The password of your Palabre account changed', [
        { p: `Hello ${handle},` },
        { p: 'The password of your account has just changed and your other sessions were signed out.' },
        { p: 'If you did not make this change, reset your password and contact the moderators of your community.' },
      ]);
}

/**
 * To the holder of an address someone tried to sign up with (or move another account to). No link to act
 * on: the pages named are the ones anyone can open, and ignoring the message changes nothing.
 */
export function addressInUseNoticeMail(locale: MailLocale, publicUrl: string, handle: string, attempt: 'sign-up' | 'email-change') {
  const signIn = `${publicUrl}/account/sign-in`;
  const forgot = `${publicUrl}/account/forgot-password`;
  return locale === 'FR'
    ? renderMail(locale, 'Quelqu’un a essayé d’utiliser votre adresse sur Palabre', [
        { p: `Bonjour ${handle},` },
        {
          p:
            attempt === 'sign-up'
              ? "Quelqu'un vient d'essayer de créer un compte Palabre avec cette adresse. Elle est déjà celle de votre compte : aucun autre compte n'a été créé."
              : "Quelqu'un vient d'essayer de rattacher cette adresse à un autre compte Palabre. Elle reste celle de votre compte : rien n'a changé.",
        },
        { p: "Si c'était vous, connectez-vous ; si vous avez oublié votre mot de passe, demandez-en un nouveau." },
        { link: signIn, label: 'Me connecter' },
        { link: forgot, label: 'Mot de passe oublié' },
        { small: "Ce n'était pas vous ? Ignorez ce message : votre compte ne change pas." },
      ])
    : renderMail(locale, 'Someone tried to use your address on Palabre', [
        { p: `Hello ${handle},` },
        {
          p:
            attempt === 'sign-up'
              ? 'Someone just tried to create a Palabre account with this address. It already belongs to your account: no other account was created.'
              : 'Someone just tried to attach this address to another Palabre account. It stays the address of your account: nothing changed.',
        },
        { p: 'If it was you, sign in; if you forgot your password, ask for a new one.' },
        { link: signIn, label: 'Sign in' },
        { link: forgot, label: 'Forgot my password' },
        { small: 'Was it not you? Ignore this message: your account does not change.' },
      ]);
}

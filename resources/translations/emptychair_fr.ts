<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Empty Chair</source>
        <translation>À propos de La chaise vide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. Read it at {url}</source>
        <translation>Le texte de la licence manque dans cette installation. Vous pouvez le lire à l&apos;adresse {url}</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des tiers</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Mentions des tiers</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Empty Chair {version}</source>
        <translation>La chaise vide {version}</translation>
    </message>
    <message>
        <source>Empty Chair (La chaise vide) runs case conferences under shared professional secrecy: every item shared about a person passes a short, visible check first.

All data stays on this computer, encrypted. Keys: Ctrl+1/2/3 sections, Ctrl+N prepare a meeting, Ctrl+, settings, Ctrl+Q quit.</source>
        <translation>La chaise vide (Empty Chair) mène des concertations de cas sous secret professionnel partagé : chaque information partagée sur une personne passe d&apos;abord une vérification courte et visible.

Toutes les données restent sur cet ordinateur, chiffrées. Touches : Ctrl+1/2/3 sections, Ctrl+N préparer une réunion, Ctrl+, paramètres, Ctrl+Q quitter.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence, version 1.2 ({licence}): you may use, study, share and improve it. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the software it is built with and their licences.</source>
        <translation>Logiciel libre sous la licence publique de l&apos;Union européenne, version 1.2 ({licence}) : vous pouvez l&apos;utiliser, l&apos;étudier, le partager et l&apos;améliorer. Il est fourni sans garantie. L&apos;onglet Licence en donne le texte complet ; l&apos;onglet Mentions des tiers liste les logiciels sur lesquels il repose et leurs licences.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide {pyside}, Python {python}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>A professional, or type a name (a relative…)</source>
        <translation>Un·e professionnel·le, ou tapez un nom (un proche…)</translation>
    </message>
    <message>
        <source>{name} (the person concerned)</source>
        <translation>{name} (la personne concernée)</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Fixer une échéance</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Qu&amp;oi</translation>
    </message>
    <message>
        <source>B&amp;y when</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <source>Choose who will carry out the action, or type a name.</source>
        <translation>Choisissez qui réalisera l&apos;action, ou tapez un nom.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Write what will be done.</source>
        <translation>Écrivez ce qui sera fait.</translation>
    </message>
</context>
<context>
    <name>AgendaEditModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>{title}, {n} minutes</source>
        <translation>{title}, {n} minutes</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({mark} over by {time})</source>
        <translation>({mark} dépassé de {time})</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Time box: {n} min</source>
        <translation>Durée prévue : {n} min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next item  Ctrl+→</source>
        <translation>Point suivant  Ctrl+→</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>This was the last agenda item.</source>
        <translation>C&apos;était le dernier point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Dernier point</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Empty Chair</source>
        <translation>La chaise vide</translation>
    </message>
</context>
<context>
    <name>BackgroundSafety</name>
    <message>
        <source>The check of this workspace&apos;s history found a problem: {problem}</source>
        <extracomment>Seconds without input before the daily backup starts. How often the timer looks whether a backup is due (ms). After the window shows, when the checks start (ms): the first paint comes first.</extracomment>
        <translation>La vérification de l&apos;historique de cet espace de travail a trouvé un problème : {problem}</translation>
    </message>
    <message>
        <source>A problem with this workspace</source>
        <translation>Un problème dans cet espace de travail</translation>
    </message>
    <message>
        <source>Nothing was changed. Keep working only if you know why; otherwise restore the last good backup (Safety ▸ Backups…) and keep this file aside for whoever looks after your computers.</source>
        <translation>Rien n&apos;a été modifié. Ne continuez que si vous en connaissez la raison ; sinon, restaurez la dernière bonne sauvegarde (Sécurité ▸ Sauvegardes…) et gardez ce fichier de côté pour la personne qui s&apos;occupe de vos ordinateurs.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups — Empty Chair</source>
        <translation>Sauvegardes — La chaise vide</translation>
    </message>
    <message>
        <source>A backup is made each day the workspace is opened; the last 7 are kept. Backups are encrypted like the workspace. Choose a folder on another disk if you can.</source>
        <translation>Une sauvegarde est faite chaque jour où l&apos;espace de travail est ouvert ; les 7 dernières sont gardées. Les sauvegardes sont chiffrées comme l&apos;espace de travail. Choisissez si possible un dossier sur un autre disque.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made on</source>
        <extracomment>``backup_now(folder, progress, cancelled)``: make a backup in ``folder``, reporting ``progress(done, total)`` and stopping when ``cancelled()`` turns true; returns its file.</extracomment>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>BlankedBar</name>
    <message>
        <source>■  Shared screen blanked — F12 to show</source>
        <translation>■  Écran partagé masqué — F12 pour l&apos;afficher</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
</context>
<context>
    <name>CentrePanel</name>
    <message>
        <source>Time on this item</source>
        <translation>Temps sur ce point</translation>
    </message>
    <message>
        <source>Shared so far</source>
        <translation>Partagé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Show the wording on the shared screen</source>
        <translation>Afficher la formulation sur l&apos;écran partagé</translation>
    </message>
    <message>
        <source>The room then reads the wording of the items shared. Drafts and items not shared never show.</source>
        <translation>La salle lit alors la formulation des éléments partagés. Les brouillons et les éléments non partagés ne s&apos;affichent jamais.</translation>
    </message>
    <message>
        <source>Correct the wording…</source>
        <translation>Corriger la formulation…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Correct the wording…  F2</source>
        <translation>Corriger…  F2</translation>
    </message>
    <message>
        <source>Correct the wording of the shared item</source>
        <translation>Corriger la formulation du point partagé</translation>
    </message>
    <message>
        <source>Withdraw…  Del</source>
        <translation>Retirer…  Suppr</translation>
    </message>
    <message>
        <source>Withdraw the shared item</source>
        <translation>Retirer le point partagé</translation>
    </message>
    <message>
        <source>Propose a disclosure  Ctrl+D</source>
        <translation>Proposer un partage  Ctrl+D</translation>
    </message>
    <message>
        <source>Propose a disclosure</source>
        <translation>Proposer un partage</translation>
    </message>
    <message>
        <source>Deliberate…  Ctrl+E</source>
        <translation>Délibérer…  Ctrl+E</translation>
    </message>
    <message>
        <source>Deliberate on a question</source>
        <translation>Délibérer sur une question</translation>
    </message>
    <message>
        <source>No agenda item yet</source>
        <translation>Pas encore de point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Considered, not shared: {n}</source>
        <translation>Examinées, non partagées : {n}</translation>
    </message>
</context>
<context>
    <name>ChairPanel</name>
    <message>
        <source>{count} persons are not here today.</source>
        <translation>{count} personnes ne sont pas là aujourd’hui.</translation>
    </message>
    <message>
        <source>{alias} is represented today.</source>
        <translation>{alias} est représenté·e aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Speaking for {alias}: {advocate}</source>
        <translation>Porte-parole de {alias} : {advocate}</translation>
    </message>
    <message>
        <source>{alias} is not here today.</source>
        <translation>{alias} n&apos;est pas là aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Not here today</source>
        <translation>Pas là aujourd’hui</translation>
    </message>
    <message>
        <source>Represented: {advocate}</source>
        <translation>Représenté·e : {advocate}</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté·e</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase — Empty Chair</source>
        <translation>Changer la phrase secrète — La chaise vide</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, encore</translation>
    </message>
    <message>
        <source>After the change, only the new passphrase opens the workspace. Backups made before keep the old one. Nobody can recover a forgotten passphrase.</source>
        <translation>Après le changement, seule la nouvelle phrase secrète ouvre l&apos;espace de travail. Les sauvegardes faites avant gardent l&apos;ancienne. Personne ne peut retrouver une phrase secrète oubliée.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Nouvelle phrase secrète, &amp;encore :</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least {n} characters.</source>
        <translation>La nouvelle phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est la même que l&apos;actuelle.</translation>
    </message>
    <message>
        <source>Changing the passphrase: the whole file is encrypted again…</source>
        <translation>Changement de la phrase secrète : tout le fichier est chiffré à nouveau…</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La phrase secrète actuelle n&apos;est pas la bonne.</translation>
    </message>
</context>
<context>
    <name>CloseSummaryDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>Clôturer la réunion</translation>
    </message>
    <message>
        <source>Before closing: what this meeting produced</source>
        <translation>Avant de clôturer : ce que cette réunion a produit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Shared ({n})</source>
        <translation>Informations partagées ({n})</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Rien n&apos;a été partagé.</translation>
    </message>
    <message>
        <source>Considered, not shared</source>
        <translation>Examinées, non partagées</translation>
    </message>
    <message>
        <source>Not shared: {n}</source>
        <translation>Non partagées : {n}</translation>
    </message>
    <message>
        <source>Postponed to ask the person first: {n}</source>
        <translation>Reportés pour demander d&apos;abord à la personne : {n}</translation>
    </message>
    <message>
        <source>Their content is not recorded.</source>
        <translation>Leur contenu n&apos;est pas consigné.</translation>
    </message>
    <message>
        <source>Decisions ({n})</source>
        <translation>Décisions ({n})</translation>
    </message>
    <message>
        <source>Actions ({n})</source>
        <translation>Actions ({n})</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Décisions et actions</translation>
    </message>
    <message>
        <source>No decision or action was recorded.</source>
        <translation>Aucune décision ni action n&apos;a été consignée.</translation>
    </message>
    <message>
        <source>{mark} An item is still under discussion: closing discards it, and nothing of it is recorded.</source>
        <translation>{mark} Une information est encore en discussion : la clôture l&apos;écarte, et rien n&apos;en est enregistré.</translation>
    </message>
    <message>
        <source>{mark} A deliberation is still open: closing ends it and keeps nothing of it. Conclude it first if the team reached a conclusion.</source>
        <translation>{mark} Une délibération est encore en cours : la clôture y met fin et n&apos;en garde rien. Concluez-la d&apos;abord si l&apos;équipe est arrivée à une conclusion.</translation>
    </message>
    <message>
        <source>{mark} Agenda items not reached: {items}.</source>
        <translation>{mark} Points de l&apos;ordre du jour non abordés : {items}.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>La garder ouverte</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Exporter le procès-verbal…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>The meeting is closed</source>
        <translation>La réunion est clôturée</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>Conclude the deliberation</source>
        <translation>Conclure la délibération</translation>
    </message>
    <message>
        <source>Goes into the minutes:</source>
        <translation>Va au procès-verbal :</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>&amp;Record a new decision</source>
        <translation>&amp;Consigner une nouvelle décision</translation>
    </message>
    <message>
        <source>&amp;Link to a decision already taken</source>
        <translation>&amp;Relier à une décision déjà prise</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Shared items it rests on</source>
        <translation>Informations partagées sur lesquelles elle repose</translation>
    </message>
    <message>
        <source>Rests on the shared items:</source>
        <translation>Repose sur les informations partagées :</translation>
    </message>
    <message>
        <source>Decision already taken</source>
        <translation>Décision déjà prise</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>Write the decision the conclusion led to.</source>
        <translation>Écrivez la décision à laquelle la conclusion a mené.</translation>
    </message>
    <message>
        <source>Choose the decision the conclusion led to.</source>
        <translation>Choisissez la décision à laquelle la conclusion a mené.</translation>
    </message>
</context>
<context>
    <name>ConditionLight</name>
    <message>
        <source>{symbol} {condition}</source>
        <translation>{symbol} {condition}</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>réponse attendue</translation>
    </message>
</context>
<context>
    <name>ConditionLights</name>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>à répondre</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>{condition}: {status}</source>
        <translation>{condition} : {status}</translation>
    </message>
    <message>
        <source>{alias} is here and agrees</source>
        <translation>{alias} est là et accepte</translation>
    </message>
    <message>
        <source>Ask to step out</source>
        <translation>Faire sortir</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>{alias} agrees</source>
        <translation>{alias} est d&apos;accord</translation>
    </message>
    <message>
        <source>Confirm the undertaking</source>
        <translation>Confirmer l&apos;engagement</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent — {alias}</source>
        <translation>Enregistrer un accord — {alias}</translation>
    </message>
    <message>
        <source>Correct a consent — {alias}</source>
        <translation>Corriger un accord — {alias}</translation>
    </message>
    <message>
        <source>Consent of {name} (“{alias}” in minutes)</source>
        <translation>Accord de {name} (« {alias} » dans les procès-verbaux)</translation>
    </message>
    <message>
        <source>You are correcting the record of {date}. It stays in the history, marked as replaced; from now on the gate reads this correction.</source>
        <translation>Vous corrigez l&apos;accord enregistré le {date}. Il reste dans l&apos;historique, marqué comme remplacé ; désormais, la vérification lit cette correction.</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Donné</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Refusé</translation>
    </message>
    <message>
        <source>Could &amp;not be obtained</source>
        <translation>&amp;Impossible à obtenir</translation>
    </message>
    <message>
        <source>Informed, did not ob&amp;ject</source>
        <translation>Informé·e, sans opp&amp;osition</translation>
    </message>
    <message>
        <source>O&amp;bjected</source>
        <translation>S&apos;est opposé·&amp;e</translation>
    </message>
    <message>
        <source>Why consent could not be obtained</source>
        <translation>Pourquoi l&apos;accord n&apos;a pas pu être obtenu</translation>
    </message>
    <message>
        <source>e.g. in hospital, cannot be reached</source>
        <translation>p. ex. hospitalisée, injoignable</translation>
    </message>
    <message>
        <source>Information it covers</source>
        <translation>Informations couvertes</translation>
    </message>
    <message>
        <source>Not bound by professional secrecy</source>
        <translation>Non tenu·e au secret professionnel</translation>
    </message>
    <message>
        <source>With whom: anyone in these missions, or these people</source>
        <translation>Avec qui : toute personne de ces missions, ou ces personnes</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Comment il a été obtenu</translation>
    </message>
    <message>
        <source>e.g. in writing, orally at the interview of 3 March</source>
        <translation>p. ex. par écrit, oralement lors de l&apos;entretien du 3 mars</translation>
    </message>
    <message>
        <source>Whose say</source>
        <translation>De qui vient l&apos;accord</translation>
    </message>
    <message>
        <source>{alias} themself</source>
        <translation>{alias} elle-même ou lui-même</translation>
    </message>
    <message>
        <source>{alias}&apos;s parents (parental authority)</source>
        <translation>Les parents de {alias} (autorité parentale)</translation>
    </message>
    <message>
        <source>Whose sa&amp;y:</source>
        <translation>De &amp;qui :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Accord :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Valable à partir du :</translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation>&amp;Comment obtenu :</translation>
    </message>
    <message>
        <source>Discard the changes to this consent record?</source>
        <translation>Abandonner les modifications de cet accord ?</translation>
    </message>
    <message>
        <source>⚠ Not bound by professional secrecy: {names}. Naming them here does not let the team share with them: the secrecy condition still applies, and they will be asked to step out.</source>
        <translation>⚠ Non tenu·e·s au secret professionnel : {names}. Les nommer ici ne permet pas à l&apos;équipe de partager avec eux : la condition du secret s&apos;applique toujours, et il leur sera demandé de sortir.</translation>
    </message>
    <message>
        <source>Say why consent could not be obtained.</source>
        <translation>Indiquez pourquoi l&apos;accord n&apos;a pas pu être obtenu.</translation>
    </message>
    <message>
        <source>Tick at least one kind of information.</source>
        <translation>Cochez au moins un type d&apos;information.</translation>
    </message>
    <message>
        <source>Tick at least one mission or one professional.</source>
        <translation>Cochez au moins une mission ou un professionnel.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>Nothing was changed: change what was wrong, or Cancel.</source>
        <translation>Rien n&apos;a changé : corrigez ce qui était faux, ou annulez.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>remplacé par une correction</translation>
    </message>
    <message>
        <source>replaced by a correction on {date}</source>
        <translation>remplacé par une correction le {date}</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>révoqué le {date}</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>pas encore en vigueur</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>in force until {date}</source>
        <translation>en vigueur jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>in force — corrects the record of {date}</source>
        <translation>en vigueur — corrige l&apos;accord du {date}</translation>
    </message>
    <message>
        <source>in force — a correction</source>
        <translation>en vigueur — une correction</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Could not be obtained</source>
        <translation>Impossible à obtenir</translation>
    </message>
    <message>
        <source>Informed, did not object</source>
        <translation>Informé·e, sans opposition</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>{kind} ({reason})</source>
        <translation>{kind} ({reason})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Copy for</source>
        <translation>Exemplaire de</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Full record — {name} (the file)</source>
        <translation>Dossier complet — {name} (le dossier)</translation>
    </message>
    <message>
        <source>every item (none was shared), with who received it</source>
        <translation>chaque point (aucun n&apos;a été partagé), avec qui l&apos;a reçu</translation>
    </message>
    <message>
        <source>every item ({numbers}), with who received it</source>
        <translation>chaque point ({numbers}), avec qui l&apos;a reçu</translation>
    </message>
    <message>
        <source>no item: not bound by secrecy (decisions and actions only)</source>
        <translation>aucun point : non tenu·e au secret (décisions et actions seulement)</translation>
    </message>
    <message>
        <source>no item shared with them (decisions and actions only)</source>
        <translation>aucun point partagé avec cette personne (décisions et actions seulement)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Withdraw a shared item</source>
        <translation>Retirer un point partagé</translation>
    </message>
    <message>
        <source>Correct the wording</source>
        <translation>Corriger la formulation</translation>
    </message>
    <message>
        <source>Wording to minute</source>
        <translation>Formulation à consigner</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>The item becomes “not shared”: its wording and answers are erased from the workspace and will be in no minutes. Decisions and actions that rest on it no longer do. The audit log keeps only that it was withdrawn, by whom and when.</source>
        <translation>Le point devient « non partagé » : sa formulation et ses réponses sont effacées de l&apos;espace de travail et ne figureront dans aucun procès-verbal. Les décisions et actions qui s&apos;appuyaient sur lui ne s&apos;y appuient plus. Le journal d&apos;audit garde seulement qu&apos;il a été retiré, par qui et quand.</translation>
    </message>
    <message>
        <source>The corrected wording replaces the earlier one, which is not kept. The audit log keeps that a correction was made, by whom and when, never the words.</source>
        <translation>La formulation corrigée remplace la précédente, qui n&apos;est pas conservée. Le journal d&apos;audit garde qu&apos;une correction a été faite, par qui et quand, jamais les mots.</translation>
    </message>
    <message>
        <source>&amp;Withdraw the item</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Formulation</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>&amp;Demandé par</translation>
    </message>
    <message>
        <source>The wording is empty: to erase the item, withdraw it instead.</source>
        <translation>La formulation est vide : pour effacer le point, retirez-le plutôt.</translation>
    </message>
    <message>
        <source>The wording is unchanged.</source>
        <translation>La formulation n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a workspace — Empty Chair</source>
        <translation>Créer un espace de travail — La chaise vide</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Everything in the workspace is encrypted with this passphrase. If it is lost, the data is lost: nobody, not even the app&apos;s authors, can recover it. Write it down and keep it somewhere safe.</source>
        <translation>Tout l&apos;espace de travail est chiffré avec cette phrase secrète. Si elle est perdue, les données sont perdues : personne, pas même les auteurs de l&apos;application, ne peut les récupérer. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open a &amp;workspace…</source>
        <translation>Ouvrir un &amp;espace de travail…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essa&amp;yer la démo</translation>
    </message>
    <message>
        <source>A workspace of fictional data to look around; nothing in it is kept.</source>
        <translation>Un espace de travail aux données fictives, pour découvrir l&apos;application ; rien n&apos;y est conservé.</translation>
    </message>
    <message>
        <source>Welcome. A workspace keeps your team&apos;s directory, the people concerned and your case conferences, encrypted, on this computer only.</source>
        <translation>Bienvenue. Un espace de travail garde l&apos;annuaire de votre équipe, les personnes concernées et vos concertations, chiffrés, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Espaces de travail La chaise vide (*.emptychair);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Où garder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair)</source>
        <translation>Espaces de travail La chaise vide (*.emptychair)</translation>
    </message>
    <message>
        <source>Choose a passphrase: a few ordinary words make a good one.</source>
        <translation>Choisissez une phrase secrète : quelques mots ordinaires en font une bonne.</translation>
    </message>
    <message>
        <source>Weak: too short. Use at least 12 characters, or a few words.</source>
        <translation>Faible : trop courte. Utilisez au moins 12 caractères, ou quelques mots.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Moyenne. Quelques mots de plus la rendraient solide.</translation>
    </message>
    <message>
        <source>Good: long enough to be hard to guess.</source>
        <translation>Bonne : assez longue pour être difficile à deviner.</translation>
    </message>
    <message>
        <source>Choose where to keep the workspace.</source>
        <translation>Choisissez où garder l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Création de l&apos;espace de travail…</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Meeting paused</source>
        <translation>Réunion en pause</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Edit the decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Écrivez la décision.</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions pour avancer</translation>
    </message>
    <message>
        <source>&amp;Notes for this step — stay on this console</source>
        <translation>&amp;Notes de cette étape — restent sur cette console</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notes de cette étape</translation>
    </message>
    <message>
        <source>Short notes: never shown on the shared screen, never kept</source>
        <translation>Notes brèves : jamais sur l&apos;écran partagé, jamais conservées</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Étape précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suite ›</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Étape suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>&amp;Conclusion — goes into the minutes, with the question</source>
        <translation>&amp;Conclusion — va au procès-verbal, avec la question</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>What the team concludes, in a few words</source>
        <translation>Ce que l&apos;équipe conclut, en quelques mots</translation>
    </message>
    <message>
        <source>Take as conclusion  Ctrl+M</source>
        <translation>Prendre pour conclusion  Ctrl+M</translation>
    </message>
    <message>
        <source>Take the note as the conclusion</source>
        <translation>Prendre la note pour conclusion</translation>
    </message>
    <message>
        <source>Conclude…  Ctrl+Enter</source>
        <translation>Conclure…  Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>End  Esc</source>
        <translation>Arrêter  Échap</translation>
    </message>
    <message>
        <source>End without a conclusion</source>
        <translation>Arrêter sans conclusion</translation>
    </message>
    <message>
        <source>Deliberation · {method}</source>
        <translation>Délibération · {method}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <source>“{question}”</source>
        <translation>« {question} »</translation>
    </message>
    <message>
        <source>Write a note first, or type the conclusion directly.</source>
        <translation>Écrivez d&apos;abord une note, ou tapez directement la conclusion.</translation>
    </message>
    <message>
        <source>End the deliberation</source>
        <translation>Arrêter la délibération</translation>
    </message>
    <message>
        <source>End the deliberation without a conclusion? The notes will be forgotten and nothing of it goes into the minutes.</source>
        <translation>Arrêter la délibération sans conclusion ? Les notes seront oubliées et rien n&apos;en ira au procès-verbal.</translation>
    </message>
</context>
<context>
    <name>DeliberationSteps</name>
    <message>
        <source>The team is deliberating:</source>
        <translation>L&apos;équipe délibère :</translation>
    </message>
    <message>
        <source>“{question}”</source>
        <translation>« {question} »</translation>
    </message>
    <message>
        <source>Step {number} of {total}   {dots}</source>
        <translation>Étape {number} sur {total}   {dots}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo — fictional data, not saved: everything is gone when Empty Chair closes.</source>
        <translation>Démo — données fictives, non enregistrées : tout disparaît à la fermeture de La chaise vide.</translation>
    </message>
    <message>
        <source>Create &amp;your workspace…</source>
        <translation>Créer &amp;votre espace de travail…</translation>
    </message>
    <message>
        <source>Open a wor&amp;kspace…</source>
        <translation>Ouvrir un espace de travai&amp;l…</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Import professionals from a CSV file</source>
        <translation>Importer des professionnels d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Lecture du fichier impossible</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} ne peut pas être lu : {reason}</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Directory of professionals</source>
        <translation>Annuaire des professionnels</translation>
    </message>
    <message>
        <source>Filter by name, role, organisation…</source>
        <translation>Filtrer par nom, fonction, organisme…</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Filtrer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>No professional in the directory yet. Add the members of your team and the partners who may attend, with their secrecy basis and missions, or import them from a spreadsheet.</source>
        <translation>Aucun professionnel dans l&apos;annuaire pour l&apos;instant. Ajoutez les membres de votre équipe et les partenaires susceptibles de participer, avec le fondement de leur secret et leurs missions, ou importez-les d&apos;un tableur.</translation>
    </message>
    <message>
        <source>Add a professional…</source>
        <translation>Ajouter un professionnel…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importer d&apos;un tableur…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importer d&apos;un CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n active professional(s).</source>
        <translation>
            <numerusform>%n professionnel actif.</numerusform>
            <numerusform>%n professionnels actifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not bound by professional secrecy or without a recorded basis: asked to step out when confidential items are shared.</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;est pas tenu au secret professionnel ou n&apos;a pas de fondement enregistré : il lui sera demandé de sortir quand des informations confidentielles sont partagées.</numerusform>
            <numerusform>%n d&apos;entre eux ne sont pas tenus au secret professionnel ou n&apos;ont pas de fondement enregistré : il leur sera demandé de sortir quand des informations confidentielles sont partagées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person — Empty Chair</source>
        <translation>Effacer une personne — La chaise vide</translation>
    </message>
    <message>
        <source>This erases {alias} for good: the person, {consents} consent record(s) and {meetings} meeting(s) with everything minuted in them ({shared} shared item(s)). It cannot be undone. Minutes and copies already saved as PDF or printed are not reached: destroy them as your institution&apos;s rules say. The audit log keeps only that a person was erased, with these counts, never who. Type {alias} below to confirm.</source>
        <translation>Ceci efface {alias} définitivement : la personne, {consents} accord(s) enregistré(s) et {meetings} réunion(s) avec tout ce qui y a été consigné ({shared} élément(s) partagé(s)). C&apos;est irréversible. Les procès-verbaux et copies déjà enregistrés en PDF ou imprimés ne sont pas touchés : détruisez-les comme le prévoient les règles de votre institution. Le journal d&apos;audit garde seulement qu&apos;une personne a été effacée, avec ces nombres, jamais qui. Tapez {alias} ci-dessous pour confirmer.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {alias}&apos;s data until they are replaced (the newest 7 are kept, one a day). If one of them is ever restored, this erasure is applied to it again at once: {alias} does not come back.</source>
        <translation>Les sauvegardes faites avant maintenant contiennent encore les données de {alias} jusqu&apos;à leur remplacement (les 7 plus récentes sont gardées, une par jour). Si l&apos;une d&apos;elles est un jour restaurée, cet effacement lui est aussitôt appliqué à nouveau : {alias} ne revient pas.</translation>
    </message>
    <message>
        <source>Also &amp;replace the {count} kept backup(s) now</source>
        <translation>&amp;Remplacer aussi dès maintenant les {count} sauvegarde(s) gardée(s)</translation>
    </message>
    <message>
        <source>One backup made after the erasure takes their place: the older restore points are then lost.</source>
        <translation>Une sauvegarde faite après l&apos;effacement les remplace : les points de restauration plus anciens sont alors perdus.</translation>
    </message>
    <message>
        <source>Alias, to confirm</source>
        <translation>Alias, pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Alias, to confirm:</source>
        <translation>&amp;Alias, pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Erasing and rewriting the file…</source>
        <translation>Effacement et réécriture du fichier…</translation>
    </message>
    <message>
        <source>{alias} was erased, but the backups were not replaced: {reason}</source>
        <translation>{alias} a été effacé·e, mais les sauvegardes n&apos;ont pas été remplacées : {reason}</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The last change was not saved; everything before it is safe.</source>
        <translation>La dernière modification n&apos;a pas été enregistrée ; tout ce qui précède est en sécurité.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. What was saved before is safe. If it happens again, restart Empty Chair.</source>
        <translation>Un problème est survenu et la dernière action n&apos;a pas abouti. Ce qui a été enregistré avant est en sécurité. Si cela se reproduit, redémarrez La chaise vide.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ExpiredMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagés</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Non partagés</translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>Full record (for the file)</source>
        <translation>Dossier complet (pour le dossier)</translation>
    </message>
    <message>
        <source>minutes-{alias}-{day}.pdf</source>
        <translation>proces-verbal-{alias}-{day}.pdf</translation>
    </message>
    <message>
        <source>Minutes file</source>
        <translation>Fichier du procès-verbal</translation>
    </message>
    <message>
        <source>A copy for each person concerned: {aliases}</source>
        <translation>Une copie pour chaque personne concernée : {aliases}</translation>
    </message>
    <message>
        <source>Copy for {alias}</source>
        <translation>Copie pour {alias}</translation>
    </message>
    <message>
        <source>copy-for-{alias}-{day}.pdf</source>
        <translation>copie-pour-{alias}-{day}.pdf</translation>
    </message>
    <message>
        <source>Person&apos;s copy file</source>
        <translation>Fichier de la copie pour la personne</translation>
    </message>
    <message>
        <source>A copy for each attendee</source>
        <translation>Un exemplaire par participant</translation>
    </message>
    <message>
        <source>Folder for the attendees&apos; copies</source>
        <translation>Dossier des exemplaires des participants</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Qui reçoit quoi</translation>
    </message>
    <message>
        <source>Each attendee&apos;s copy holds only the items shared with them, and names only them for distribution. Someone who received no item, or who is not bound by secrecy, gets a copy without items (decisions and actions only).</source>
        <translation>L&apos;exemplaire de chaque participant ne contient que les points partagés avec lui et ne nomme que lui dans la diffusion. Une personne qui n&apos;a reçu aucun point, ou qui n&apos;est pas tenue au secret, reçoit un exemplaire sans points (décisions et actions seulement).</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Protéger par un mot de passe</translation>
    </message>
    <message>
        <source>The minutes name the person in full: a password is advised. Give it to the recipients another way than the file.</source>
        <translation>Le procès-verbal nomme la personne en toutes lettres : un mot de passe est conseillé. Transmettez-le aux destinataires autrement que le fichier.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save: {what}</source>
        <translation>Choisir où enregistrer : {what}</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À nouveau</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Open the full record</source>
        <translation>Ouvrir le dossier complet</translation>
    </message>
    <message>
        <source>Each document needs its own file: two of them have the same name.</source>
        <translation>Chaque document doit avoir son propre fichier : deux d&apos;entre eux portent le même nom.</translation>
    </message>
    <message>
        <source>Open the person&apos;s copy</source>
        <translation>Ouvrir la copie pour la personne</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file for: {what}</source>
        <translation>Choisissez un fichier pour : {what}</translation>
    </message>
    <message>
        <source>Choose a folder for the attendees&apos; copies.</source>
        <translation>Choisissez un dossier pour les exemplaires des participants.</translation>
    </message>
    <message>
        <source>Choose at least one document to export.</source>
        <translation>Choisissez au moins un document à exporter.</translation>
    </message>
    <message>
        <source>Type the password, or untick “Protect with a password”.</source>
        <translation>Tapez le mot de passe, ou décochez « Protéger par un mot de passe ».</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe diffèrent. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>This folder cannot be created: {reason}. Choose another.</source>
        <translation>Ce dossier ne peut pas être créé : {reason}. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Some characters could not be printed:</source>
        <translation>Certains caractères n&apos;ont pas pu être imprimés :</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>Please wait: the export is still running.</source>
        <translation>Patientez : l&apos;exportation est en cours.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>FormMessage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Propose a disclosure</source>
        <translation>Proposer un partage</translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation>Qui partage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>{name} ⚠ special</source>
        <translation>{name} ⚠ sensible</translation>
    </message>
    <message>
        <source>Whose statement</source>
        <translation>De qui est la déclaration</translation>
    </message>
    <message>
        <source>whose statement</source>
        <translation>de qui</translation>
    </message>
    <message>
        <source>What is this opinion based on?</source>
        <translation>Sur quoi cette opinion se fonde-t-elle ?</translation>
    </message>
    <message>
        <source>what was seen or heard, when</source>
        <translation>ce qui a été vu ou entendu, et quand</translation>
    </message>
    <message>
        <source>About {alias}</source>
        <translation>Concerne {alias}</translation>
    </message>
    <message>
        <source>Wording to minute</source>
        <translation>Formulation à consigner</translation>
    </message>
    <message>
        <source>Only what the team strictly needs</source>
        <translation>Seulement ce dont l&apos;équipe a strictement besoin</translation>
    </message>
    <message>
        <source>Shared for</source>
        <translation>Partagé pour</translation>
    </message>
    <message>
        <source>Choose the purpose…</source>
        <translation>Choisir la finalité…</translation>
    </message>
    <message>
        <source>Whose information</source>
        <translation>Informations concernant</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisir une catégorie…</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>opinion</translation>
    </message>
    <message>
        <source>statement of</source>
        <translation>propos de</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>Known wishes of {alias}: {wishes}</source>
        <translation>Souhaits connus de {alias} : {wishes}</translation>
    </message>
    <message>
        <source>Sharing this is in {alias}&apos;s interest</source>
        <translation>Partager ceci est dans l&apos;intérêt de {alias}</translation>
    </message>
    <message>
        <source>{alias} is here and agrees now</source>
        <translation>{alias} est là et accepte maintenant</translation>
    </message>
    <message>
        <source>Everyone in the room needs to know this</source>
        <translation>Toutes les personnes présentes ont besoin de le savoir</translation>
    </message>
    <message>
        <source>The wording holds only the minimum necessary</source>
        <translation>La formulation s&apos;en tient au minimum nécessaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no — because</source>
        <translation>non — parce que</translation>
    </message>
    <message>
        <source>{question} No, because</source>
        <translation>{question} Non, parce que</translation>
    </message>
    <message>
        <source>No — because… (typing the reason answers no)</source>
        <translation>Non — parce que… (écrire la raison répond non)</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Ne pas partager</translation>
    </message>
    <message>
        <source>Share without consent under a policy exception</source>
        <translation>Partager sans accord, par une exception du cadre</translation>
    </message>
    <message>
        <source>Ground of the exception</source>
        <translation>Motif de l&apos;exception</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Justification écrite</translation>
    </message>
    <message>
        <source>Confirm overriding the refusal</source>
        <translation>Confirmer le passage outre le refus</translation>
    </message>
    <message>
        <source>Share  Ctrl+Enter</source>
        <translation>Partager  Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation>Reporter — demander d&apos;abord à {alias}</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Annuler  Échap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A special category: information that touches the person most closely. Share it only if the team cannot act without it, in the fewest words.</source>
        <translation>Catégorie sensible : des informations qui touchent la personne au plus près. Ne la partagez que si l&apos;équipe ne peut pas agir sans elle, en le moins de mots possible.</translation>
    </message>
    <message>
        <source>Nobody is in the room: call the roll first.</source>
        <translation>Personne n&apos;est dans la salle : faites d&apos;abord l&apos;appel.</translation>
    </message>
    <message>
        <source>{who} — not in the room</source>
        <translation>{who} — pas dans la salle</translation>
    </message>
    <message>
        <source>{names} (the room, automatic)</source>
        <translation>{names} (la salle, automatique)</translation>
    </message>
    <message>
        <source>nobody else is in the room</source>
        <translation>personne d&apos;autre n&apos;est dans la salle</translation>
    </message>
    <message>
        <source>{aliases} are here and agree now</source>
        <translation>{aliases} sont là et sont d’accord maintenant</translation>
    </message>
    <message>
        <source>I confirm sharing despite this refusal: {refusal}</source>
        <translation>Je confirme le partage malgré ce refus : {refusal}</translation>
    </message>
    <message>
        <source>Close the gate</source>
        <translation>Abandonner la proposition</translation>
    </message>
    <message>
        <source>Close the gate without a decision? What was typed will be forgotten.</source>
        <translation>Abandonner cette proposition sans décision ? Ce qui a été tapé sera oublié.</translation>
    </message>
    <message>
        <source>Before anything is shared:</source>
        <translation>Avant tout partage :</translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation>Souhaits connus : {wishes}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Before your first case conference</source>
        <translation>Avant votre première concertation</translation>
    </message>
    <message>
        <source>Four steps, in this order. Each one is saved as soon as it is done; come back here whenever you like.</source>
        <translation>Quatre étapes, dans cet ordre. Chacune est enregistrée dès qu&apos;elle est faite ; revenez ici quand vous voulez.</translation>
    </message>
    <message>
        <source>&amp;Add a professional…</source>
        <translation>A&amp;jouter un professionnel…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>Importer d&apos;un &amp;tableur…</translation>
    </message>
    <message>
        <source>Add the person co&amp;ncerned…</source>
        <translation>Ajouter la perso&amp;nne concernée…</translation>
    </message>
    <message>
        <source>Record their &amp;consent…</source>
        <translation>Enregistrer son a&amp;ccord…</translation>
    </message>
    <message>
        <source>Prepare the mee&amp;ting…</source>
        <translation>Préparer la ré&amp;union…</translation>
    </message>
    <message>
        <source>Your team: the professionals who may attend, and their secrecy basis.</source>
        <translation>Votre équipe : les professionnels susceptibles de participer, et le fondement de leur secret.</translation>
    </message>
    <message>
        <source>The person concerned: who the team meets about, and their wishes.</source>
        <translation>La personne concernée : celle au sujet de qui l&apos;équipe se réunit, et ses souhaits.</translation>
    </message>
    <message>
        <source>Their consent: what they agreed to share, with whom (or why not).</source>
        <translation>Son accord : ce qu&apos;elle accepte de partager, avec qui (ou pourquoi pas).</translation>
    </message>
    <message>
        <source>The meeting: its purpose, agenda and who is invited.</source>
        <translation>La réunion : son objet, son ordre du jour et les invités.</translation>
    </message>
    <message>
        <source>{n}. {step}</source>
        <translation>{n}. {step}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>{step} ({state})</source>
        <translation>{step} ({state})</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation>Concertation · {alias}</translation>
    </message>
    <message>
        <source>{alias} is with us.</source>
        <translation>{alias} est avec nous.</translation>
    </message>
    <message>
        <source>{aliases} are with us.</source>
        <translation>{aliases} sont avec nous.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation>{elapsed} / {box}</translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation>+{over} de dépassement</translation>
    </message>
</context>
<context>
    <name>HistoryCheck</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check the whole history</source>
        <translation>Vérifier tout l&apos;historique</translation>
    </message>
    <message>
        <source>Following the audit log, event by event ({done} of {total})</source>
        <translation>Lecture du journal d&apos;audit, événement par événement ({done} sur {total})</translation>
    </message>
    <message>
        <source>Comparing the stored rows with the events that recorded them</source>
        <translation>Comparaison des données enregistrées avec les événements qui les ont consignées</translation>
    </message>
    <message>
        <source>Reading the whole file, page by page</source>
        <translation>Lecture de tout le fichier, page par page</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {what}…</source>
        <translation>Étape {number} sur {count} : {what}…</translation>
    </message>
    <message>
        <source>The whole history holds</source>
        <translation>Tout l&apos;historique est intact</translation>
    </message>
    <message>
        <source>The whole history of this workspace was checked: nothing is wrong.</source>
        <translation>Tout l&apos;historique de cet espace de travail a été vérifié : rien n&apos;est anormal.</translation>
    </message>
    <message>
        <source>The file ({size}) was read page by page: no page is damaged.</source>
        <translation>Le fichier ({size}) a été lu page par page : aucune page n&apos;est endommagée.</translation>
    </message>
    <message>
        <source>The file was read page by page: no page is damaged.</source>
        <translation>Le fichier a été lu page par page : aucune page n&apos;est endommagée.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n event(s) were followed one by one: none is missing, changed or out of place.</source>
        <translation>
            <numerusform>Le %n événement du journal d&apos;audit a été suivi : il ne manque pas, n&apos;a pas été modifié ni déplacé.</numerusform>
            <numerusform>Les %n événements du journal d&apos;audit ont été suivis un par un : aucun ne manque, n&apos;a été modifié ni déplacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared and withheld items, decisions, actions, consents and deliberations stored match the events that recorded them.</source>
        <translation>Les éléments partagés et non partagés, les décisions, les actions, les accords et les délibérations enregistrés correspondent aux événements qui les ont consignés.</translation>
    </message>
    <message>
        <source>The check was stopped because a meeting started: nothing was changed.</source>
        <translation>La vérification a été arrêtée parce qu&apos;une réunion a commencé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The check was stopped before the end: nothing was changed.</source>
        <translation>La vérification a été arrêtée avant la fin : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation>Vérification arrêtée</translation>
    </message>
    <message>
        <source>You can check the whole history again at any time.</source>
        <translation>Vous pouvez relancer la vérification de tout l&apos;historique à tout moment.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The workspace file is no longer at {path}.</source>
        <translation>Le fichier de l&apos;espace de travail ne se trouve plus à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Was it moved, renamed or deleted, or is its drive disconnected? Nothing was changed. Close Empty Chair, put the file back, and open it again.</source>
        <translation>A-t-il été déplacé, renommé ou supprimé, ou son lecteur est-il déconnecté ? Rien n&apos;a été modifié. Fermez La chaise vide, remettez le fichier à sa place et rouvrez-le.</translation>
    </message>
    <message>
        <source>The workspace file could not be read ({reason}).</source>
        <translation>Le fichier de l&apos;espace de travail n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>The history could not be checked</source>
        <translation>L&apos;historique n&apos;a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>ImportGuideDialog</name>
    <message>
        <source>Import professionals from a spreadsheet</source>
        <translation>Importer des professionnels d&apos;un tableur</translation>
    </message>
    <message>
        <source>Save your team list from the spreadsheet as CSV. Its first line holds the column titles; each other line is one professional. Only the name is required; titles may be in English, French or Dutch, in any order.</source>
        <translation>Enregistrez la liste de votre équipe depuis le tableur au format CSV. Sa première ligne contient les titres des colonnes ; chaque autre ligne est un professionnel. Seul le nom est obligatoire ; les titres peuvent être en français, en anglais ou en néerlandais, dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>Columns read</source>
        <translation>Colonnes lues</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Titles understood</source>
        <translation>Titres compris</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Quoi écrire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First and last name (required).</source>
        <translation>Prénom et nom (obligatoire).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist.</source>
        <translation>p. ex. assistant social, psychologue.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Where they work.</source>
        <translation>Où la personne travaille.</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Tenu au secret</translation>
    </message>
    <message>
        <source>yes or no (oui, non, ja, nee, 1, 0 and x are understood too).</source>
        <translation>oui ou non (yes, no, ja, nee, 1, 0 et x sont compris aussi).</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>The profession, function or law that binds.</source>
        <translation>La profession, la fonction ou la loi qui y oblige.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>The institution&apos;s missions they work in, separated by “|”: {missions}.</source>
        <translation>Les missions de l&apos;institution où la personne travaille, séparées par « | » : {missions}.</translation>
    </message>
    <message>
        <source>&amp;Save a template…</source>
        <translation>&amp;Enregistrer un modèle…</translation>
    </message>
    <message>
        <source>&amp;Choose the CSV file…</source>
        <translation>&amp;Choisir le fichier CSV…</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>Le modèle n&apos;a pas été enregistré : {reason}</translation>
    </message>
    <message>
        <source>Template saved as {file}. Replace the two examples with your team, keep the first line, save as CSV, then choose the file here.</source>
        <translation>Modèle enregistré sous {file}. Remplacez les deux exemples par votre équipe, gardez la première ligne, enregistrez au format CSV, puis choisissez le fichier ici.</translation>
    </message>
    <message>
        <source>team-template.csv</source>
        <translation>modele-equipe.csv</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import professionals — preview</source>
        <translation>Importer des professionnels — aperçu</translation>
    </message>
    <message>
        <source>{file}: nothing can be imported. {reason}</source>
        <translation>{file} : rien ne peut être importé. {reason}</translation>
    </message>
    <message>
        <source>{file}: {added}, {duplicates}, {invalid}.</source>
        <translation>{file} : {added}, {duplicates}, {invalid}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n déjà dans l&apos;annuaire</numerusform>
            <numerusform>%n déjà dans l&apos;annuaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every column: nothing is written until you choose Import.</source>
        <translation>Vérifiez chaque colonne : rien n&apos;est enregistré avant que vous choisissiez Importer.</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Colonnes non utilisées : {columns}.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Import {count}</source>
        <translation>&amp;Importer {count}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Tenu au secret</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>? (“{cell}”)</source>
        <translation>? (« {cell} »)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{answer} (empty)</source>
        <translation>{answer} (vide)</translation>
    </message>
    <message>
        <source>{answer} (read from “{cell}”)</source>
        <translation>{answer} (lu dans « {cell} »)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>skipped (duplicate)</source>
        <translation>ignorée (doublon)</translation>
    </message>
    <message>
        <source>skipped (invalid)</source>
        <translation>ignorée (non valable)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line has no &apos;name&apos; (or &apos;nom&apos;) column: it must hold the column titles.</source>
        <translation>La première ligne n&apos;a pas de colonne « nom » (ou « name ») : elle doit contenir les titres des colonnes.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. Save the sheet as CSV first.</source>
        <translation>Ce n&apos;est pas un fichier texte CSV. Enregistrez d&apos;abord la feuille au format CSV.</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>Pas de nom.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no in the secrecy column.</source>
        <translation>« {value} » n&apos;est ni oui ni non dans la colonne du secret.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the institution&apos;s missions.</source>
        <translation>« {value} » n&apos;est pas une mission de l&apos;institution.</translation>
    </message>
    <message>
        <source>Already in the directory (same name and organisation).</source>
        <translation>Déjà dans l&apos;annuaire (même nom et même organisme).</translation>
    </message>
    <message>
        <source>Appears earlier in the file.</source>
        <translation>Figure plus haut dans le fichier.</translation>
    </message>
    <message>
        <source>This line cannot be read: a cell is longer than {limit} characters, or a quote is not closed.</source>
        <translation>Cette ligne ne peut pas être lue : une cellule dépasse {limit} caractères, ou un guillemet n&apos;est pas refermé.</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; cell holds a broken character (half of an emoji or symbol): retype it in the sheet.</source>
        <translation>La cellule « {column} » contient un caractère cassé (la moitié d&apos;un émoji ou d&apos;un symbole) : retapez-la dans le tableur.</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Institution name</source>
        <translation>Nom de l&apos;institution</translation>
    </message>
    <message>
        <source>e.g. Youth Care Service of Namur</source>
        <translation>p. ex. Service d&apos;aide à la jeunesse de Namur</translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation>Règle de conduite</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>Default framework</source>
        <translation>Cadre par défaut</translation>
    </message>
    <message>
        <source>Each meeting can use another framework, chosen when it is prepared.</source>
        <translation>Chaque réunion peut suivre un autre cadre, choisi en la préparant.</translation>
    </message>
    <message>
        <source>Not offered, its file is wrong: {problem}</source>
        <translation>Non proposé, son fichier est erroné&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>How the person can reach you</source>
        <translation>Comment la personne peut vous joindre</translation>
    </message>
    <message>
        <source>Address, phone or e-mail, for the person&apos;s copy of the minutes</source>
        <translation>Adresse, téléphone ou e-mail, pour l&apos;exemplaire de la personne</translation>
    </message>
    <message>
        <source>Default framew&amp;ork:</source>
        <translation>Ca&amp;dre par défaut :</translation>
    </message>
    <message>
        <source>&amp;Rule of conduct:</source>
        <translation>&amp;Règle de conduite :</translation>
    </message>
    <message>
        <source>&amp;Missions:</source>
        <translation>&amp;Missions :</translation>
    </message>
    <message>
        <source>Contact (&amp;how to reach you):</source>
        <translation>Contact (pour vous &amp;joindre) :</translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;institution.</translation>
    </message>
    <message>
        <source>Write the rule of conduct (the policy&apos;s template is a start).</source>
        <translation>Rédigez la règle de conduite (le modèle du cadre est un point de départ).</translation>
    </message>
    <message>
        <source>Add at least one mission (e.g. Youth care).</source>
        <translation>Ajoutez au moins une mission (p. ex. Aide à la jeunesse).</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Tenu au secret</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>LegalBasisFields</name>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Reference of the legal basis</source>
        <translation>Référence de la base légale</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Another basis: type it below</source>
        <translation>Une autre base : tapez-la ci-dessous</translation>
    </message>
    <message>
        <source>Choose the legal basis of the meeting, or type it.</source>
        <translation>Choisissez la base légale de la réunion, ou tapez-la.</translation>
    </message>
    <message>
        <source>Type the legal basis: the law, decree or authorisation.</source>
        <translation>Tapez la base légale : la loi, le décret ou l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Title and date of the law, decree or authorisation</source>
        <translation>Titre et date de la loi, du décret ou de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Reference, if any (e.g. date of the authorisation)</source>
        <translation>Référence éventuelle (p. ex. date de l&apos;autorisation)</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Locked — {file} — Empty Chair</source>
        <translation>Verrouillé — {file} — La chaise vide</translation>
    </message>
    <message>
        <source>Locked — Empty Chair</source>
        <translation>Verrouillé — La chaise vide</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>LockCountdownBar</name>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation>&amp;Rester déverrouillé</translation>
    </message>
    <message>
        <source>Lock countdown</source>
        <translation>Compte à rebours avant le verrouillage</translation>
    </message>
    <message>
        <source>No activity: the console locks in {time} and blanks the shared screen.</source>
        <translation>Aucune activité : la console se verrouille dans {time} et masque l&apos;écran partagé.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Empty Chair is locked</source>
        <translation>La chaise vide est verrouillée</translation>
    </message>
    <message>
        <source>A meeting in progress goes on: type the passphrase to come back to it.</source>
        <translation>Une réunion en cours continue : tapez la phrase secrète pour y revenir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Type the passphrase to come back to the workspace.</source>
        <translation>Tapez la phrase secrète pour revenir à l&apos;espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>It locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Elle s&apos;est verrouillée après %n minute sans activité.</numerusform>
            <numerusform>Elle s&apos;est verrouillée après %n minutes sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>It locked itself when the computer went to sleep or its screen locked.</source>
        <translation>Elle s&apos;est verrouillée quand l&apos;ordinateur s&apos;est mis en veille ou que son écran s&apos;est verrouillé.</translation>
    </message>
    <message>
        <source>It was locked by hand (Safety ▸ Lock now).</source>
        <translation>Elle a été verrouillée à la main (Sécurité ▸ Verrouiller maintenant).</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the workspace.</source>
        <translation>Cette phrase secrète ne déverrouille pas l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Annuaire</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>&amp;Préparer une réunion…</translation>
    </message>
    <message>
        <source>Presentation &amp;mode (shared screen)</source>
        <translation>&amp;Mode présentation (écran partagé)</translation>
    </message>
    <message>
        <source>&amp;Dark shared screen</source>
        <translation>Écran partagé &amp;sombre</translation>
    </message>
    <message>
        <source>Shared screen &amp;on</source>
        <translation>É&amp;cran partagé sur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Empty Chair</source>
        <translation>À &amp;propos de La chaise vide</translation>
    </message>
    <message>
        <source>{name} · {width}×{height}</source>
        <translation>{name} · {width}×{height}</translation>
    </message>
    <message>
        <source>{screen} — the console&apos;s (the preview beside it)</source>
        <translation>{screen} — celui de la console (l&apos;aperçu à côté)</translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation>Lecture de l&apos;espace de travail impossible</translation>
    </message>
    <message>
        <source>{institution} — {file} — Empty Chair</source>
        <translation>{institution} — {file} — La chaise vide</translation>
    </message>
    <message>
        <source>The meeting about {alias} of {date} was left open. It can resume exactly where it was.</source>
        <translation>La réunion concernant {alias} du {date} est restée ouverte. Elle peut reprendre exactement où elle en était.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used once Empty Chair restarts.</source>
        <translation>La nouvelle langue s&apos;appliquera au redémarrage de La chaise vide.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved and the demo reopens at once, with no passphrase to type. A meeting in progress stays open and can be resumed.</source>
        <translation>Redémarrer maintenant ? Tout est enregistré et la démo se rouvre aussitôt, sans phrase secrète à taper. Une réunion en cours reste ouverte et pourra reprendre.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved; you will type the passphrase again. A meeting in progress stays open and can be resumed.</source>
        <translation>Redémarrer maintenant ? Tout est enregistré ; vous taperez à nouveau la phrase secrète. Une réunion en cours reste ouverte et pourra reprendre.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Espaces de travail La chaise vide (*.emptychair);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This workspace is the one open in this window.</source>
        <translation>Cet espace de travail est celui qui est ouvert dans cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>MeetingConsole</name>
    <message>
        <source>Meeting console</source>
        <translation>Console de la réunion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Case conference · {alias} · {mission} · {framework} · “{purpose}”</source>
        <translation>Concertation · {alias} · {mission} · {framework} · « {purpose} »</translation>
    </message>
    <message>
        <source>Meeting state</source>
        <translation>État de la réunion</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Écran partagé</translation>
    </message>
    <message>
        <source>Blank  F12</source>
        <translation>Masquer  F12</translation>
    </message>
    <message>
        <source>Blank the shared screen</source>
        <translation>Masquer l&apos;écran partagé</translation>
    </message>
    <message>
        <source>Lock  Ctrl+L</source>
        <translation>Verrouiller  Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>Verrouiller la console</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Clôturer la réunion…</translation>
    </message>
    <message>
        <source>● open {time}</source>
        <translation>● ouverte {time}</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ clôturée</translation>
    </message>
    <message>
        <source>○ prepared</source>
        <translation>○ préparée</translation>
    </message>
    <message>
        <source>Begin the meeting first: deliberate after the roll call.</source>
        <translation>Commencez d&apos;abord la réunion : la délibération vient après l&apos;appel.</translation>
    </message>
    <message>
        <source>Decide the item under discussion first.</source>
        <translation>Décidez d&apos;abord du point en discussion.</translation>
    </message>
    <message>
        <source>No deliberation method could be read.</source>
        <translation>Aucune méthode de délibération n&apos;a pu être lue.</translation>
    </message>
    <message>
        <source>Begin the meeting first: the gate opens after the roll call.</source>
        <translation>Commencez d&apos;abord la réunion : on propose un partage après l&apos;appel.</translation>
    </message>
    <message>
        <source>Show  F12</source>
        <translation>Afficher  F12</translation>
    </message>
    <message>
        <source>The meeting has not started.</source>
        <translation>La réunion n&apos;a pas commencé.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>The meeting&apos;s framework</source>
        <translation>Le cadre de la réunion</translation>
    </message>
    <message>
        <source>{alias} was informed</source>
        <translation>{alias} a été informé·e</translation>
    </message>
    <message>
        <source>The parents were not informed</source>
        <translation>Les parents n&apos;ont pas été informés</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
    <message>
        <source>stepped out</source>
        <translation>sorti·e pour ce point</translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti·e</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>pas encore appelé·e</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>opinion</translation>
    </message>
    <message>
        <source>statement of {who}</source>
        <translation>déclaration de {who}</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>{mark} not bound by secrecy</source>
        <translation>{mark} non tenu·e au secret</translation>
    </message>
    <message>
        <source>{mark} bound, no basis recorded</source>
        <translation>{mark} tenu·e, sans fondement enregistré</translation>
    </message>
    <message>
        <source>{mark} bound ({basis})</source>
        <translation>{mark} tenu·e ({basis})</translation>
    </message>
    <message>
        <source>{mark} {mission}</source>
        <translation>{mark} {mission}</translation>
    </message>
    <message>
        <source>{mark} not in {mission}</source>
        <translation>{mark} hors {mission}</translation>
    </message>
    <message>
        <source>not bound by professional secrecy</source>
        <translation>non tenu·e au secret professionnel</translation>
    </message>
    <message>
        <source>no secrecy basis recorded</source>
        <translation>aucun fondement du secret enregistré</translation>
    </message>
    <message>
        <source>does not work in {mission}</source>
        <translation>ne travaille pas dans la mission {mission}</translation>
    </message>
    <message>
        <source>{mark} {who}: {concerns}</source>
        <translation>{mark} {who} : {concerns}</translation>
    </message>
    <message>
        <source>These attendees block sharing while they are in the room; they may be asked to step out for an item:</source>
        <translation>Ces participants bloquent le partage tant qu&apos;ils sont dans la salle ; on peut leur demander de sortir pour un point :</translation>
    </message>
</context>
<context>
    <name>MeetingSearchBar</name>
    <message>
        <source>Search meetings by person</source>
        <translation>Chercher des réunions par personne</translation>
    </message>
    <message>
        <source>Name, alias or reference…</source>
        <translation>Nom, alias ou référence…</translation>
    </message>
    <message>
        <source>Meetings from this day</source>
        <translation>Réunions à partir de ce jour</translation>
    </message>
    <message>
        <source>Meetings until this day</source>
        <translation>Réunions jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <source>Meetings in this state</source>
        <translation>Réunions dans cet état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparées</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Show every meeting again</source>
        <translation>Afficher à nouveau toutes les réunions</translation>
    </message>
    <message>
        <source>Perso&amp;n:</source>
        <translation>Perso&amp;nne :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dep&amp;uis le :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu&apos;au :</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>indifférent</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <source>open — can be resumed</source>
        <translation>ouverte — peut reprendre</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Prepare a meeting</source>
        <translation>Préparer une réunion</translation>
    </message>
    <message>
        <source>A case conference is about a person, or about several members of one family: add a person concerned first.</source>
        <translation>Une concertation porte sur une personne, ou sur plusieurs membres d&apos;une même famille : ajoutez d&apos;abord une personne concernée.</translation>
    </message>
    <message>
        <source>&amp;Add the person concerned…</source>
        <translation>&amp;Ajouter la personne concernée…</translation>
    </message>
    <message>
        <source>Saved: the meeting about {alias} on {date}. Open it when the team is there; until then it can still be edited.</source>
        <translation>Enregistrée : la réunion au sujet de {alias} le {date}. Ouvrez-la quand l&apos;équipe est là ; d&apos;ici là, elle peut encore être modifiée.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>It has not been opened, so nothing was shared. This cannot be undone.</source>
        <translation>Elle n&apos;a pas été ouverte : rien n&apos;a été partagé. Cette suppression est définitive.</translation>
    </message>
    <message>
        <source>&amp;Delete the meeting</source>
        <translation>&amp;Supprimer la réunion</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Delete the prepared meeting for {alias} on {date}?
Purpose: {purpose}</source>
        <translation>Supprimer la réunion préparée pour {alias} le {date} ?
Objet : {purpose}</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Case conferences</source>
        <translation>Concertations de cas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>&amp;Préparer une réunion…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport minutes…</source>
        <translation>E&amp;xporter le procès-verbal…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) found</source>
        <translation>
            <numerusform>{count} réunion trouvée</numerusform>
            <numerusform>{count} réunions trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s)</source>
        <translation>
            <numerusform>{count} réunion</numerusform>
            <numerusform>{count} réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Delete this prepared meeting (Delete key). Nothing of it is kept.</source>
        <translation>Supprimer cette réunion préparée (touche Suppr). Rien n&apos;en est conservé.</translation>
    </message>
    <message>
        <source>Select a prepared meeting to delete it.</source>
        <translation>Sélectionnez une réunion préparée pour la supprimer.</translation>
    </message>
    <message>
        <source>An open or closed meeting holds a record: it cannot be deleted here. It is removed only by retention (Safety ▸ Purge old meetings) or by erasing the person&apos;s data.</source>
        <translation>Une réunion ouverte ou clôturée est consignée : elle ne peut pas être supprimée ici. Elle n&apos;est retirée que par la durée de conservation (Sécurité ▸ Purger les anciennes réunions) ou par l&apos;effacement des données de la personne.</translation>
    </message>
</context>
<context>
    <name>MissionsEditor</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>New mission, e.g. Youth care</source>
        <translation>Nouvelle mission, p. ex. Aide à la jeunesse</translation>
    </message>
    <message>
        <source>New mission name</source>
        <translation>Nom de la nouvelle mission</translation>
    </message>
    <message>
        <source>Add mission</source>
        <translation>Ajouter la mission</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NotShareReasonDialog</name>
    <message>
        <source>Not share</source>
        <translation>Ne pas partager</translation>
    </message>
    <message>
        <source>Every condition is met. Why does the team choose not to share? The reason is recorded; what the item says is not.</source>
        <translation>Toutes les conditions sont remplies. Pourquoi l&apos;équipe choisit-elle de ne pas partager ? La raison est consignée ; le contenu du point ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Choisissez une raison dans la liste.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Framework: {name}</source>
        <translation>Cadre : {name}</translation>
    </message>
    <message>
        <source>{condition}: {reason}</source>
        <translation>{condition} : {reason}</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Our rule of conduct</source>
        <translation>Notre règle de conduite</translation>
    </message>
    <message>
        <source>Rule of conduct</source>
        <translation>Règle de conduite</translation>
    </message>
    <message>
        <source>Why we meet</source>
        <translation>Pourquoi nous nous réunissons</translation>
    </message>
    <message>
        <source>Start roll call</source>
        <translation>Commencer l&apos;appel</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Filter by name, alias, reference…</source>
        <translation>Filtrer par nom, alias, référence…</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Prepare a mee&amp;ting…</source>
        <translation>Préparer une réu&amp;nion…</translation>
    </message>
    <message>
        <source>Prepare a case conference about this person</source>
        <translation>Préparer une concertation au sujet de cette personne</translation>
    </message>
    <message>
        <source>No person concerned yet. Add the person the team meets about: their name, the alias the minutes use, and their wishes.</source>
        <translation>Aucune personne concernée pour l&apos;instant. Ajoutez la personne au sujet de qui l&apos;équipe se réunit : son nom, l&apos;alias des procès-verbaux et ses souhaits.</translation>
    </message>
    <message>
        <source>Add the person concerned…</source>
        <translation>Ajouter la personne concernée…</translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation>Souhaits connus</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Accords enregistrés</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer un a&amp;ccord…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>Correct a record entered wrongly: the old one is kept in the history</source>
        <translation>Corriger un accord mal saisi : l&apos;ancien est gardé dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Show repl&amp;aced records</source>
        <translation>Afficher les accords rempl&amp;acés</translation>
    </message>
    <message>
        <source>Record their consent…</source>
        <translation>Enregistrer son accord…</translation>
    </message>
    <message>
        <source>No consent recorded for {name}. Record what they agreed to share and with whom, what they refused, or why they could not be asked.</source>
        <translation>Aucun accord enregistré pour {name}. Enregistrez ce que la personne accepte de partager et avec qui, ce qu&apos;elle refuse, ou pourquoi elle n&apos;a pas pu être consultée.</translation>
    </message>
    <message>
        <source>Select a person to see their consents.</source>
        <translation>Sélectionnez une personne pour voir ses accords.</translation>
    </message>
    <message>
        <source>{name} — “{alias}” in minutes</source>
        <translation>{name} — « {alias} » dans les procès-verbaux</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Known wishes: {wishes}</source>
        <translation>Souhaits connus : {wishes}</translation>
    </message>
    <message>
        <source>Minor, {age} — parental authority: {holders}</source>
        <translation>Mineur·e, {age} ans — autorité parentale : {holders}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consignée</translation>
    </message>
    <message>
        <source>Capacity to understand: {assessment} ({date}, {who})</source>
        <translation>Capacité de compréhension : {assessment} ({date}, {who})</translation>
    </message>
    <message>
        <source>Capacity to understand: not assessed yet</source>
        <translation>Capacité de compréhension : pas encore évaluée</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person concerned</source>
        <translation>Ajouter une personne concernée</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias in minutes</source>
        <translation>Alias dans les procès-verbaux</translation>
    </message>
    <message>
        <source>initials or a pseudonym, e.g. J.D.</source>
        <translation>initiales ou pseudonyme, p. ex. J.D.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>your file number, optional</source>
        <translation>votre numéro de dossier, facultatif</translation>
    </message>
    <message>
        <source>Household or family</source>
        <translation>Ménage ou famille</translation>
    </message>
    <message>
        <source>e.g. Lambert family, optional</source>
        <translation>p. ex. famille Lambert, facultatif</translation>
    </message>
    <message>
        <source>Place in the household</source>
        <translation>Place dans le ménage</translation>
    </message>
    <message>
        <source>&amp;Date of birth known:</source>
        <translation>&amp;Date de naissance connue :</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Who holds parental authority</source>
        <translation>Qui exerce l&apos;autorité parentale</translation>
    </message>
    <message>
        <source>e.g. both parents; the mother</source>
        <translation>p. ex. les deux parents ; la mère</translation>
    </message>
    <message>
        <source>Capacity to understand</source>
        <translation>Capacité de compréhension</translation>
    </message>
    <message>
        <source>What the child understands of what is shared, and how they were told</source>
        <translation>Ce que l&apos;enfant comprend de ce qui est partagé, et comment on le lui a dit</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <source>who made the assessment</source>
        <translation>qui a fait l&apos;évaluation</translation>
    </message>
    <message>
        <source>A minor: informed according to age and maturity</source>
        <translation>Mineur·e : informé·e selon son âge et sa maturité</translation>
    </message>
    <message>
        <source>Parental &amp;authority:</source>
        <translation>&amp;Autorité parentale :</translation>
    </message>
    <message>
        <source>&amp;Capacity to understand:</source>
        <translation>&amp;Capacité de compréhension :</translation>
    </message>
    <message>
        <source>Assessed on, &amp;by:</source>
        <translation>Évaluée le, &amp;par :</translation>
    </message>
    <message>
        <source>Known wishes</source>
        <translation>Souhaits connus</translation>
    </message>
    <message>
        <source>What the person has said they want. It is shown to the team when the chair is empty, to answer: what would they have wanted?</source>
        <translation>Ce que la personne a dit vouloir. C&apos;est montré à l&apos;équipe quand la chaise est vide, pour répondre à : qu&apos;aurait-elle voulu ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Naissance :</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Ménage :</translation>
    </message>
    <message>
        <source>&amp;Place in it:</source>
        <translation>&amp;Place :</translation>
    </message>
    <message>
        <source>Known &amp;wishes:</source>
        <translation>&amp;Souhaits connus :</translation>
    </message>
    <message>
        <source>Discard the changes to this person?</source>
        <translation>Abandonner les modifications de cette personne ?</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Indiquez le nom de la personne.</translation>
    </message>
    <message>
        <source>Enter the alias the minutes use for this person (e.g. initials).</source>
        <translation>Indiquez l&apos;alias que les procès-verbaux utilisent pour cette personne (p. ex. ses initiales).</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>{household} — {relationship}</source>
        <translation>{household} — {relationship}</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone — ask {alias} first</source>
        <translation>Reporter — demander d&apos;abord à {alias}</translation>
    </message>
    <message>
        <source>Who will ask</source>
        <translation>Qui demandera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Choose who will ask.</source>
        <translation>Choisissez qui posera la question.</translation>
    </message>
    <message>
        <source>Postpone — ask {alias} and {parents_of}&apos;s parents first</source>
        <translation>Reporter — demander d&apos;abord à {alias} et aux parents de {parents_of}</translation>
    </message>
    <message>
        <source>Postpone — ask {alias}&apos;s parents first</source>
        <translation>Reporter — demander d&apos;abord aux parents de {alias}</translation>
    </message>
    <message>
        <source>Ask {alias} and {parents_of}&apos;s parents whether we may share an item ({category})</source>
        <translation>Demander à {alias} et aux parents de {parents_of} si nous pouvons partager une information ({category})</translation>
    </message>
    <message>
        <source>Ask {alias} and {parents_of}&apos;s parents whether we may share an item</source>
        <translation>Demander à {alias} et aux parents de {parents_of} si nous pouvons partager une information</translation>
    </message>
    <message>
        <source>Ask {alias}&apos;s parents whether we may share an item ({category})</source>
        <translation>Demander aux parents de {alias} si nous pouvons partager une information ({category})</translation>
    </message>
    <message>
        <source>Ask {alias}&apos;s parents whether we may share an item</source>
        <translation>Demander aux parents de {alias} si nous pouvons partager une information</translation>
    </message>
    <message>
        <source>Ask {alias} whether we may share an item ({category})</source>
        <translation>Demander à {alias} si nous pouvons partager une information ({category})</translation>
    </message>
    <message>
        <source>Ask {alias} whether we may share an item</source>
        <translation>Demander à {alias} si nous pouvons partager une information</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Fixer une échéance</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Who will ask</source>
        <translation>&amp;Qui demandera</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>B&amp;y when</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <source>The action is kept in the minutes; the item&apos;s wording is not.</source>
        <translation>L&apos;action figure au procès-verbal ; la formulation de l&apos;information, non.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Write what will be asked.</source>
        <translation>Écrivez ce qui sera demandé.</translation>
    </message>
    <message>
        <source>The action must not repeat the item&apos;s wording: it is kept, the wording is not.</source>
        <translation>L&apos;action ne doit pas reprendre la formulation de l&apos;information : l&apos;action est gardée, la formulation non.</translation>
    </message>
</context>
<context>
    <name>PrepareMeetingDialog</name>
    <message>
        <source>Prepare a case conference</source>
        <translation>Préparer une concertation</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Discard the changes to this meeting?</source>
        <translation>Abandonner les modifications de cette réunion ?</translation>
    </message>
    <message>
        <source>The persons take part</source>
        <translation>Les personnes participent</translation>
    </message>
    <message>
        <source>For everyone; each one&apos;s own participation is changed at the roll call.</source>
        <translation>Pour tous ; la participation de chacun se modifie à l&apos;appel.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Also concerned</source>
        <translation>Aussi concerné·es</translation>
    </message>
    <message>
        <source>A meeting about a family: tick each other person it concerns (Space).</source>
        <translation>Une réunion sur une famille : cochez chaque autre personne concernée (Espace).</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Why we meet, e.g. keep J. at home safely</source>
        <translation>Pourquoi nous nous réunissons, p. ex. garder J. chez elle en sécurité</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <source>represented by an advocate:</source>
        <translation>représenté·e par un porte-parole :</translation>
    </message>
    <message>
        <source>absent (the empty chair)</source>
        <translation>absent·e (la chaise vide)</translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation>Nom du porte-parole</translation>
    </message>
    <message>
        <source>Informed beforehand, how:</source>
        <translation>Informé·e au préalable, comment :</translation>
    </message>
    <message>
        <source>How the person was informed</source>
        <translation>Comment la personne a été informée</translation>
    </message>
    <message>
        <source>e.g. told in person on Monday</source>
        <translation>p. ex. dit en personne lundi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. meeting room, 2nd floor, Rue des Écoles 4</source>
        <translation>p. ex. salle de réunion, 2e étage, rue des Écoles 4</translation>
    </message>
    <message>
        <source>Already set, on:</source>
        <translation>Déjà fixée, le :</translation>
    </message>
    <message>
        <source>Next meeting date</source>
        <translation>Date de la prochaine réunion</translation>
    </message>
    <message>
        <source>The person takes part</source>
        <translation>La personne participe</translation>
    </message>
    <message>
        <source>{person} — {relationship}</source>
        <translation>{person} — {relationship}</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Décisions et actions</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Choose the person concerned.</source>
        <translation>Choisissez la personne concernée.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s mission.</source>
        <translation>Choisissez la mission de la réunion.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s framework.</source>
        <translation>Choisissez le cadre de la réunion.</translation>
    </message>
    <message>
        <source>Write the purpose: why we meet.</source>
        <translation>Écrivez l&apos;objet : pourquoi nous nous réunissons.</translation>
    </message>
    <message>
        <source>Choose who facilitates the meeting.</source>
        <translation>Choisissez qui anime la réunion.</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>Chaque point de l&apos;ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <source>Invite at least one professional from the directory.</source>
        <translation>Invitez au moins un professionnel de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Say how {alias} takes part.</source>
        <translation>Indiquez comment {alias} participe.</translation>
    </message>
    <message>
        <source>Write the name of the advocate who represents {alias}.</source>
        <translation>Écrivez le nom du porte-parole qui représente {alias}.</translation>
    </message>
    <message>
        <source>Say how {alias} was informed.</source>
        <translation>Indiquez comment {alias} a été informé·e.</translation>
    </message>
    <message>
        <source>The next meeting comes after this one: check its date.</source>
        <translation>La prochaine réunion vient après celle-ci : vérifiez sa date.</translation>
    </message>
</context>
<context>
    <name>PriorInformationFields</name>
    <message>
        <source>Holders of parental authority informed</source>
        <translation>Titulaires de l&apos;autorité parentale informés</translation>
    </message>
    <message>
        <source>{alias}: too young to be informed (age, maturity)</source>
        <translation>{alias} : trop jeune pour être informé·e (âge, maturité)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>If not informed: why informing them would be contrary to {alias}&apos;s interest</source>
        <translation>Si personne n&apos;a été informé : pourquoi les informer serait contraire à l&apos;intérêt de {alias}</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Add a professional</source>
        <translation>Ajouter un professionnel</translation>
    </message>
    <message>
        <source>Edit a professional</source>
        <translation>Modifier un professionnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist</source>
        <translation>p. ex. assistant social, psychologue</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Bound by professional secrecy</source>
        <translation>&amp;Tenu au secret professionnel</translation>
    </message>
    <message>
        <source>Basis of the secrecy</source>
        <translation>Fondement du secret</translation>
    </message>
    <message>
        <source>profession, function or law</source>
        <translation>profession, fonction ou loi</translation>
    </message>
    <message>
        <source>A&amp;ctive (can be invited)</source>
        <translation>A&amp;ctif (peut être invité)</translation>
    </message>
    <message>
        <source>Works within the missions</source>
        <translation>Travaille dans les missions</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>Ba&amp;sis:</source>
        <translation>Fon&amp;dement :</translation>
    </message>
    <message>
        <source>Discard the changes to this professional?</source>
        <translation>Abandonner les modifications de ce professionnel ?</translation>
    </message>
    <message>
        <source>Enter the professional&apos;s name.</source>
        <translation>Indiquez le nom du professionnel.</translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Bound by secrecy</source>
        <translation>Tenu au secret</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>✗ Not bound</source>
        <translation>✗ Non tenu</translation>
    </message>
    <message>
        <source>✓ {basis}</source>
        <translation>✓ {basis}</translation>
    </message>
    <message>
        <source>⚠ No basis</source>
        <translation>⚠ Sans fondement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>No workspace opened yet</source>
        <translation>Aucun espace de travail ouvert jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Decisions &amp; actions</source>
        <translation>Décisions et actions</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Décisions et actions</translation>
    </message>
    <message>
        <source>+ Decision…</source>
        <translation>+ Décision…</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>+ Action…</source>
        <translation>+ Action…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected decision or action</source>
        <translation>Modifier la décision ou l&apos;action choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected decision or action</source>
        <translation>Supprimer la décision ou l&apos;action choisie</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Décision : {text}</translation>
    </message>
    <message>
        <source>Action: {who} — {what} — by {due}</source>
        <translation>Action : {who} — {what} — pour le {due}</translation>
    </message>
    <message>
        <source>Action: {who} — {what}</source>
        <translation>Action : {who} — {what}</translation>
    </message>
    <message>
        <source>Delete this line? {text}</source>
        <translation>Supprimer cette ligne ? {text}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — Empty Chair</source>
        <translation>Restaurer une sauvegarde — La chaise vide</translation>
    </message>
    <message>
        <source>Choose a backup. It is checked first; the current workspace file is never overwritten: it is kept next to it, renamed.</source>
        <translation>Choisissez une sauvegarde. Elle est d&apos;abord vérifiée ; le fichier actuel n&apos;est jamais écrasé : il est gardé à côté, renommé.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de cet espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Check and restore</source>
        <translation>&amp;Vérifier et restaurer</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Choisissez une sauvegarde.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Tapez la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Type the passphrase the workspace had when the backup was made.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la sauvegarde. Tapez la phrase secrète qu&apos;avait l&apos;espace de travail quand la sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>Nothing was restored. {reason}</source>
        <translation>Rien n&apos;a été restauré. {reason}</translation>
    </message>
    <message>
        <source>What was done after this backup was made has been applied to it again: {erasures} erasure(s) of a person, {purges} purge(s) of old meetings. Nobody erased comes back.</source>
        <translation>Ce qui a été fait après cette sauvegarde lui a été appliqué à nouveau : {erasures} effacement(s) de personne, {purges} purge(s) d&apos;anciennes réunions. Personne d&apos;effacé ne revient.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The workspace did not open</source>
        <translation>L&apos;espace de travail ne s&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>No backup of this workspace was found in {folder}.</source>
        <translation>Aucune sauvegarde de cet espace de travail n&apos;a été trouvée dans {folder}.</translation>
    </message>
    <message>
        <source>A backup from {date} exists. Restore a backup now?</source>
        <translation>Une sauvegarde du {date} existe. Restaurer une sauvegarde maintenant ?</translation>
    </message>
    <message>
        <source>Updating Empty Chair is the better choice. </source>
        <translation>Mettre à jour La chaise vide est le meilleur choix. </translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&amp;Resume it now</source>
        <translation>&amp;La reprendre maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Purge old meetings — Empty Chair</source>
        <translation>Purger les anciennes réunions — La chaise vide</translation>
    </message>
    <message>
        <source>Meetings are kept {years} years. {count} meeting(s) ended before {cutoff}: they will be deleted with everything minuted in them. The audit log will keep only that a purge happened, how many, and the dates.</source>
        <translation>Les réunions sont gardées {years} ans. {count} réunion(s) terminée(s) avant le {cutoff} : elles seront supprimées avec tout ce qui y a été consigné. Le journal d&apos;audit gardera seulement qu&apos;une purge a eu lieu, combien, et les dates.</translation>
    </message>
    <message>
        <source>{n} old meeting(s) still open are kept until they are closed.</source>
        <translation>{n} ancienne(s) réunion(s) encore ouverte(s) sont gardées jusqu&apos;à leur clôture.</translation>
    </message>
    <message>
        <source>Meetings to purge</source>
        <translation>Réunions à purger</translation>
    </message>
    <message>
        <source>&amp;Delete {count} meeting(s)</source>
        <translation>&amp;Supprimer {count} réunion(s)</translation>
    </message>
    <message>
        <source>Deleting the meetings and rewriting the file…</source>
        <translation>Suppression des réunions et réécriture du fichier…</translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Arrows to move · Space toggles · P present · E excused</source>
        <translation>Flèches pour se déplacer · Espace alterne · P présent · E excusé</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>&amp;Present  P</source>
        <translation>&amp;Présent  P</translation>
    </message>
    <message>
        <source>&amp;Excused  E</source>
        <translation>E&amp;xcusé  E</translation>
    </message>
    <message>
        <source>&amp;Begin the meeting</source>
        <translation>&amp;Commencer la réunion</translation>
    </message>
    <message>
        <source>Confidentiality undertaking — each person arriving confirms it:
“{text}”</source>
        <translation>Engagement de confidentialité — chaque personne qui arrive le confirme :
« {text} »</translation>
    </message>
    <message>
        <source>&amp;Undertaking given  U</source>
        <translation>E&amp;ngagement donné  U</translation>
    </message>
    <message>
        <source>&amp;All present confirm the undertaking</source>
        <translation>&amp;Tous les présents confirment l&apos;engagement</translation>
    </message>
    <message>
        <source>Arrows to move · Space toggles · P present · E excused · U undertaking given</source>
        <translation>Flèches pour se déplacer · Espace bascule · P présent·e · E excusé·e · U engagement donné</translation>
    </message>
</context>
<context>
    <name>RoomModel</name>
    <message>
        <source>undertaking not confirmed: not bound until they confirm it</source>
        <translation>engagement non confirmé : pas tenu·e au secret tant qu&apos;il ne l&apos;est pas</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room</source>
        <extracomment>Saves a new professional to the directory; returns &quot;&quot; or the sentence saying why it failed.</extracomment>
        <translation>La salle</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Arriver</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>Sortir pour ce point</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Partir</translation>
    </message>
    <message>
        <source>Confirms the undertaking</source>
        <translation>Confirme l&apos;engagement</translation>
    </message>
    <message>
        <source>{action}  {key}</source>
        <translation>{action}  {key}</translation>
    </message>
    <message>
        <source>Someone arrives…</source>
        <translation>Quelqu&apos;un arrive…</translation>
    </message>
    <message>
        <source>+ Someone arrives…  N</source>
        <translation>+ Quelqu&apos;un arrive…  N</translation>
    </message>
    <message>
        <source>Someone arrives</source>
        <translation>Quelqu&apos;un arrive</translation>
    </message>
    <message>
        <source>Add someone who walked in: from the directory, or a new professional</source>
        <translation>Ajouter une personne arrivée : depuis l&apos;annuaire, ou un nouveau professionnel</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>The person&apos;s participation</source>
        <translation>Participation de la personne</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <source>represented by an advocate</source>
        <translation>représenté·e par un porte-parole</translation>
    </message>
    <message>
        <source>absent: empty chair</source>
        <translation>absent·e : chaise vide</translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation>Nom du porte-parole</translation>
    </message>
    <message>
        <source>Advocate&apos;s name, then Enter</source>
        <translation>Nom du porte-parole, puis Entrée</translation>
    </message>
    <message>
        <source>Show known wishes on the shared screen</source>
        <translation>Afficher les souhaits connus sur l&apos;écran partagé</translation>
    </message>
    <message>
        <source>Only while everyone in the room is bound by secrecy and works in the mission; they hide again at once otherwise.</source>
        <translation>Seulement tant que toutes les personnes présentes sont tenues au secret et travaillent dans la mission ; sinon, ils disparaissent aussitôt.</translation>
    </message>
    <message>
        <source>Known wishes on the shared screen</source>
        <translation>Souhaits connus sur l&apos;écran partagé</translation>
    </message>
    <message>
        <source>In the room ({n})</source>
        <translation>Dans la salle ({n})</translation>
    </message>
    <message>
        <source>Back in the room now that the item is decided: {names}.</source>
        <translation>De retour dans la salle, le point étant décidé : {names}.</translation>
    </message>
    <message>
        <source>No known wishes are recorded.</source>
        <translation>Aucun souhait connu n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Known wishes stay on this console.</source>
        <translation>Les souhaits connus restent sur cette console.</translation>
    </message>
    <message>
        <source>Known wishes are on the shared screen.</source>
        <translation>Les souhaits connus sont sur l&apos;écran partagé.</translation>
    </message>
    <message>
        <source>Hidden: {names} may not see them.</source>
        <translation>Masqués en présence de {names}.</translation>
    </message>
    <message>
        <source>{alias} — present</source>
        <translation>{alias} — présent·e</translation>
    </message>
    <message>
        <source>{alias} — represented by {advocate}</source>
        <translation>{alias} — représenté·e par {advocate}</translation>
    </message>
    <message>
        <source>◌ {alias} — absent: empty chair</source>
        <translation>◌ {alias} — absent·e : chaise vide</translation>
    </message>
    <message>
        <source>Attendee actions</source>
        <translation>Actions sur le participant</translation>
    </message>
    <message>
        <source>A new professional cannot be saved here.</source>
        <translation>Un nouveau professionnel ne peut pas être enregistré ici.</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Engagement de confidentialité</translation>
    </message>
    <message>
        <source>{name} confirms the confidentiality undertaking:</source>
        <translation>{name} confirme l&apos;engagement de confidentialité :</translation>
    </message>
    <message>
        <source>&amp;Confirms it</source>
        <translation>&amp;Le confirme</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
    <message>
        <source>Write the advocate&apos;s name.</source>
        <translation>Écrivez le nom du porte-parole.</translation>
    </message>
    <message>
        <source>In the room ({count}): {people}</source>
        <translation>Dans la salle ({count}) : {people}</translation>
    </message>
    <message>
        <source>In the room: nobody yet</source>
        <translation>Dans la salle : personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Stepped out for this item: {people}</source>
        <translation>Sortis pour ce point : {people}</translation>
    </message>
    <message>
        <source>Shared so far: {shared} · Considered, not shared: {withheld}</source>
        <translation>Partagées : {shared} · Examinées, non partagées : {withheld}</translation>
    </message>
</context>
<context>
    <name>RunningMeeting</name>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>This meeting&apos;s framework cannot be used, its file is wrong or missing: {problem}. Nothing was changed; ask whoever installed the framework to correct its file.</source>
        <translation>Le cadre de cette réunion ne peut pas être utilisé, son fichier est erroné ou manquant&#xa0;: {problem}. Rien n&apos;a été modifié&#xa0;; demandez à la personne qui a installé ce cadre de corriger son fichier.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Check the whole &amp;history…</source>
        <translation>Vérifier tout l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>P&amp;urge old meetings…</source>
        <translation>P&amp;urger les anciennes réunions…</translation>
    </message>
    <message>
        <source>Export the selected person&apos;s &amp;record…</source>
        <translation>Exporter le &amp;dossier de la personne choisie…</translation>
    </message>
    <message>
        <source>&amp;Erase the selected person…</source>
        <translation>&amp;Effacer la personne choisie…</translation>
    </message>
    <message>
        <source>Check the whole history</source>
        <translation>Vérifier tout l&apos;historique</translation>
    </message>
    <message>
        <source>Not while a meeting runs: check the whole history after the meeting.</source>
        <translation>Pas pendant une réunion : vérifiez tout l&apos;historique après la réunion.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The workspace was closed for the restore. Empty Chair closes now.</source>
        <translation>L&apos;espace de travail a été fermé pour la restauration. La chaise vide se ferme maintenant.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Gathering the person&apos;s record…</source>
        <translation>Rassemblement du dossier de la personne…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>The backup was checked and restored. The previous file was kept as {file}. Empty Chair closes now: open it again to use the restored workspace.</source>
        <translation>La sauvegarde a été vérifiée et restaurée. L&apos;ancien fichier a été gardé sous le nom {file}. La chaise vide se ferme maintenant : rouvrez-la pour utiliser l&apos;espace de travail restauré.</translation>
    </message>
    <message>
        <source>Purge old meetings</source>
        <translation>Purger les anciennes réunions</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <source>Select a person in the People section first.</source>
        <translation>Choisissez d&apos;abord une personne dans la section Personnes.</translation>
    </message>
    <message>
        <source>The record was saved as {file}.</source>
        <translation>Le dossier a été enregistré sous {file}.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>Le dossier n&apos;a pas été enregistré : {reason}</translation>
    </message>
    <message>
        <source>Person&apos;s record</source>
        <translation>Dossier de la personne</translation>
    </message>
</context>
<context>
    <name>ScreenAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>{mark} {number}. {title}</source>
        <translation>{mark} {number}. {title}</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{number}. {title} · {minutes} min</source>
        <translation>{number}. {title} · {minutes} min</translation>
    </message>
    <message>
        <source>{elapsed} / {box}</source>
        <translation>{elapsed} / {box}</translation>
    </message>
    <message>
        <source>+{over} over time</source>
        <translation>+{over} de dépassement</translation>
    </message>
    <message>
        <source>… {count} earlier items</source>
        <translation>… {count} points précédents</translation>
    </message>
    <message>
        <source>… {count} more items</source>
        <translation>… {count} points suivants</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Empty Chair</source>
        <translation>Paramètres — La chaise vide</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>After saving, Empty Chair offers to restart in the new language.</source>
        <translation>Après l&apos;enregistrement, La chaise vide propose de redémarrer dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>How minutes name the person</source>
        <translation>Comment les procès-verbaux nomment la personne</translation>
    </message>
    <message>
        <source>By their alias (e.g. J.D.)</source>
        <translation>Par son alias (p. ex. J.D.)</translation>
    </message>
    <message>
        <source>By their full name</source>
        <translation>Par son nom complet</translation>
    </message>
    <message>
        <source>Lock after minutes of inactivity</source>
        <translation>Verrouiller après des minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>During a meeting, lock after minutes</source>
        <translation>En réunion, verrouiller après des minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>The console counts down the last minute first, so the team can stay.</source>
        <translation>La console décompte d&apos;abord la dernière minute, pour que l&apos;équipe puisse rester.</translation>
    </message>
    <message>
        <source>Keep closed meetings for (years)</source>
        <translation>Conserver les réunions clôturées (années)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Deliberation method</source>
        <translation>Méthode de délibération</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Minutes &amp;name the person:</source>
        <translation>Les procès-verbaux &amp;nomment la personne :</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Verr&amp;ouiller après :</translation>
    </message>
    <message>
        <source>&amp;During a meeting, lock after:</source>
        <translation>En ré&amp;union, verrouiller après :</translation>
    </message>
    <message>
        <source>Keep closed mee&amp;tings:</source>
        <translation>Conserver les réunions &amp;clôturées :</translation>
    </message>
    <message>
        <source>D&amp;eliberation method:</source>
        <translation>Mét&amp;hode de délibération :</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Engagement de confidentialité</translation>
    </message>
    <message>
        <source>As the framework says (asked)</source>
        <translation>Selon le cadre (demandé)</translation>
    </message>
    <message>
        <source>As the framework says (not asked)</source>
        <translation>Selon le cadre (non demandé)</translation>
    </message>
    <message>
        <source>Asked at every check-in</source>
        <translation>Demandé à chaque arrivée</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Text of the undertaking</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <source>Empty: the framework&apos;s own text. Until someone confirms it, they count as not bound by secrecy.</source>
        <translation>Vide : le texte du cadre. Tant qu&apos;une personne ne l&apos;a pas confirmé, elle compte comme non tenue au secret.</translation>
    </message>
    <message>
        <source>Ask &amp;at check-in:</source>
        <translation>Demandé à l&apos;arri&amp;vée :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>professionals: {n}</source>
        <translation>professionnels : {n}</translation>
    </message>
    <message>
        <source>prepared or open meetings: {n}</source>
        <translation>réunions préparées ou ouvertes : {n}</translation>
    </message>
    <message>
        <source>consent records: {n}</source>
        <translation>consentements enregistrés : {n}</translation>
    </message>
    <message>
        <source>Missions still in use</source>
        <translation>Missions encore utilisées</translation>
    </message>
    <message>
        <source>You removed missions that are still in use:</source>
        <translation>Vous avez retiré des missions encore utilisées :</translation>
    </message>
    <message>
        <source>If you remove them anyway, these records keep referring to a mission that no longer exists: it shows as a code and can no longer be chosen.</source>
        <translation>Si vous les retirez quand même, ces enregistrements continuent de renvoyer à une mission qui n&apos;existe plus : elle s&apos;affiche sous forme de code et ne peut plus être choisie.</translation>
    </message>
    <message>
        <source>&amp;Remove anyway</source>
        <translation>&amp;Retirer quand même</translation>
    </message>
    <message>
        <source>&amp;Keep the missions</source>
        <translation>&amp;Garder les missions</translation>
    </message>
    <message>
        <source>The missions still in use are back in the list. Nothing else changed.</source>
        <translation>Les missions encore utilisées sont revenues dans la liste. Rien d&apos;autre n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>SharedItemsModel</name>
    <message>
        <source>“{wording}”</source>
        <translation>« {wording} »</translation>
    </message>
</context>
<context>
    <name>SharedItemsPanel</name>
    <message>
        <source>Information shared</source>
        <translation>Informations partagées</translation>
    </message>
    <message>
        <source>Nothing has been shared yet.</source>
        <translation>Rien n&apos;a encore été partagé.</translation>
    </message>
    <message>
        <source>• {category} · shared by {name}</source>
        <translation>• {category} · partagé par {name}</translation>
    </message>
    <message>
        <source>“{wording}”</source>
        <translation>« {wording} »</translation>
    </message>
    <message>
        <source>… and {count} earlier</source>
        <translation>… et {count} précédentes</translation>
    </message>
</context>
<context>
    <name>SharedScreenWindow</name>
    <message>
        <source>Case conference · {alias}</source>
        <translation>Concertation · {alias}</translation>
    </message>
    <message>
        <source>Meeting paused</source>
        <translation>Réunion en pause</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Show Meetings, Directory or People</source>
        <translation>Afficher Réunions, Annuaire ou Personnes</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Préparer une réunion</translation>
    </message>
    <message>
        <source>Show the shared screen (during a meeting)</source>
        <translation>Afficher l&apos;écran partagé (pendant une réunion)</translation>
    </message>
    <message>
        <source>Lock Empty Chair now</source>
        <translation>Verrouiller La chaise vide maintenant</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Créer un nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open another workspace</source>
        <translation>Ouvrir un autre espace de travail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Cette liste des raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit (a meeting in progress resumes next time)</source>
        <translation>Quitter (une réunion en cours reprendra la prochaine fois)</translation>
    </message>
    <message>
        <source>Open or edit the selected row</source>
        <translation>Ouvrir ou modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Filtrer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Delete the selected prepared meeting</source>
        <translation>Supprimer la réunion préparée sélectionnée</translation>
    </message>
    <message>
        <source>Propose a disclosure (opens the gate)</source>
        <translation>Proposer un partage (ouvre la vérification)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Blank the shared screen, or show it again</source>
        <translation>Masquer l&apos;écran partagé, ou l&apos;afficher à nouveau</translation>
    </message>
    <message>
        <source>Shared screen: full screen, or back to a window</source>
        <translation>Écran partagé : plein écran, ou retour en fenêtre</translation>
    </message>
    <message>
        <source>Close the meeting (shows the summary first)</source>
        <translation>Clôturer la réunion (affiche d&apos;abord le résumé)</translation>
    </message>
    <message>
        <source>Mark the selected person present</source>
        <translation>Marquer la personne sélectionnée présente</translation>
    </message>
    <message>
        <source>Mark the selected person excused</source>
        <translation>Marquer la personne sélectionnée excusée</translation>
    </message>
    <message>
        <source>Present or not, in turn</source>
        <translation>Présente ou non, tour à tour</translation>
    </message>
    <message>
        <source>The selected person confirms the undertaking (when the meeting asks)</source>
        <translation>La personne sélectionnée confirme l&apos;engagement (quand la réunion le demande)</translation>
    </message>
    <message>
        <source>The selected person arrives</source>
        <translation>La personne sélectionnée arrive</translation>
    </message>
    <message>
        <source>The selected person steps out</source>
        <translation>La personne sélectionnée sort pour ce point</translation>
    </message>
    <message>
        <source>The selected person comes back</source>
        <translation>La personne sélectionnée revient</translation>
    </message>
    <message>
        <source>The selected person leaves</source>
        <translation>La personne sélectionnée part</translation>
    </message>
    <message>
        <source>Someone arrives: from the directory, or a new professional</source>
        <translation>Quelqu&apos;un arrive : depuis l&apos;annuaire, ou un nouveau professionnel</translation>
    </message>
    <message>
        <source>All moves for the selected person</source>
        <translation>Tous les mouvements de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Correct the wording of the selected item</source>
        <translation>Corriger la formulation du point choisi</translation>
    </message>
    <message>
        <source>Withdraw the selected item (it becomes not shared)</source>
        <translation>Retirer le point choisi (il devient non partagé)</translation>
    </message>
    <message>
        <source>Edit the selected decision or action</source>
        <translation>Modifier la décision ou l&apos;action choisie</translation>
    </message>
    <message>
        <source>Delete the selected decision or action</source>
        <translation>Supprimer la décision ou l&apos;action choisie</translation>
    </message>
    <message>
        <source>Share (when every condition is met)</source>
        <translation>Partager (quand toutes les conditions sont remplies)</translation>
    </message>
    <message>
        <source>Close the gate without deciding</source>
        <translation>Abandonner la proposition sans décider</translation>
    </message>
    <message>
        <source>Deliberate on a question (the team disagrees on what to do)</source>
        <translation>Délibérer sur une question (l&apos;équipe n&apos;est pas d&apos;accord sur ce qu&apos;il faut faire)</translation>
    </message>
    <message>
        <source>Next step of the method</source>
        <translation>Étape suivante de la méthode</translation>
    </message>
    <message>
        <source>Previous step of the method</source>
        <translation>Étape précédente de la méthode</translation>
    </message>
    <message>
        <source>Take the note (or its selected part) as the conclusion</source>
        <translation>Prendre la note (ou la partie sélectionnée) pour conclusion</translation>
    </message>
    <message>
        <source>Conclude: link the conclusion to a decision</source>
        <translation>Conclure : relier la conclusion à une décision</translation>
    </message>
    <message>
        <source>End the deliberation without a conclusion</source>
        <translation>Arrêter la délibération sans conclusion</translation>
    </message>
    <message>
        <source>Full screen, or back to a window</source>
        <translation>Plein écran, ou retour en fenêtre</translation>
    </message>
    <message>
        <source>Unlock with the passphrase typed</source>
        <translation>Déverrouiller avec la phrase secrète tapée</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Lists (Meetings, Directory, People)</source>
        <translation>Listes (Réunions, Annuaire, Personnes)</translation>
    </message>
    <message>
        <source>Meeting console</source>
        <translation>Console de la réunion</translation>
    </message>
    <message>
        <source>Roll call (list of invitees)</source>
        <translation>Appel (liste des invités)</translation>
    </message>
    <message>
        <source>In the room (list of attendees)</source>
        <translation>Dans la salle (liste des participants)</translation>
    </message>
    <message>
        <source>Shared so far (list, until the meeting closes)</source>
        <translation>Partagé jusqu&apos;ici (liste, jusqu&apos;à la clôture)</translation>
    </message>
    <message>
        <source>Decisions and actions (list, until the meeting closes)</source>
        <translation>Décisions et actions (liste, jusqu&apos;à la clôture)</translation>
    </message>
    <message>
        <source>Disclosure gate</source>
        <translation>Vérification avant partage</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Shared screen window</source>
        <translation>Fenêtre de l&apos;écran partagé</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Écran de verrouillage</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Empty Chair</source>
        <translation>Raccourcis clavier — La chaise vide</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard. Letters underlined in menus and buttons work with Alt.</source>
        <translation>Tout se fait au clavier. Les lettres soulignées dans les menus et les boutons s&apos;utilisent avec Alt.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>StartDeliberationDialog</name>
    <message>
        <source>Deliberate on a question</source>
        <translation>Délibérer sur une question</translation>
    </message>
    <message>
        <source>When the team disagrees about what to do, take the time to go through the situation step by step before choosing.</source>
        <translation>Quand l&apos;équipe n&apos;est pas d&apos;accord sur ce qu&apos;il faut faire, prenez le temps de parcourir la situation pas à pas avant de choisir.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Should we … or …?</source>
        <translation>Devons-nous … ou … ?</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>The question shows on the shared screen once you start; nothing shows while you type it. Your notes at each step stay on this console and are never kept: only the conclusion you mark goes into the minutes, with its decision.</source>
        <translation>La question s&apos;affiche sur l&apos;écran partagé une fois la délibération commencée ; rien ne s&apos;affiche pendant que vous la tapez. Vos notes à chaque étape restent sur cette console et ne sont jamais conservées : seule la conclusion que vous retenez va au procès-verbal, avec sa décision.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>A method file could not be used: {error}</source>
        <translation>Un fichier de méthode n&apos;a pas pu être utilisé : {error}</translation>
    </message>
    <message>
        <source>Write the question the team deliberates on.</source>
        <translation>Écrivez la question sur laquelle l&apos;équipe délibère.</translation>
    </message>
    <message>
        <source>Choose a method.</source>
        <translation>Choisissez une méthode.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — Empty Chair</source>
        <translation>Déverrouiller — La chaise vide</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Ouvrir un autre espace de travail…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Type the passphrase to open your team&apos;s workspace.</source>
        <translation>Tapez la phrase secrète pour ouvrir l&apos;espace de travail de votre équipe.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Empty Chair workspaces (*.emptychair);;All files (*)</source>
        <translation>Espaces de travail La chaise vide (*.emptychair);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>This passphrase opens the latest backup of this workspace, but not the workspace itself: either the passphrase was changed after that backup, or the start of the workspace file is damaged. If it is damaged, restore a backup: the damaged file is kept aside.</source>
        <translation>Cette phrase secrète ouvre la dernière sauvegarde de cet espace de travail, mais pas l&apos;espace de travail lui-même : soit la phrase secrète a été changée après cette sauvegarde, soit le début du fichier de l&apos;espace de travail est endommagé. S&apos;il est endommagé, restaurez une sauvegarde : le fichier endommagé est gardé de côté.</translation>
    </message>
    <message>
        <source>The backup was checked and restored; the damaged file was kept next to it. Type the backup&apos;s passphrase to open it.</source>
        <translation>La sauvegarde a été vérifiée et restaurée ; le fichier endommagé a été gardé à côté. Tapez la phrase secrète de la sauvegarde pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Someone arrives</source>
        <translation>Quelqu&apos;un arrive</translation>
    </message>
    <message>
        <source>&amp;From the directory</source>
        <translation>&amp;Depuis l&apos;annuaire</translation>
    </message>
    <message>
        <source>A &amp;new professional</source>
        <translation>Un &amp;nouveau professionnel</translation>
    </message>
    <message>
        <source>Who arrives, from the directory</source>
        <translation>Qui arrive, depuis l&apos;annuaire</translation>
    </message>
    <message>
        <source>New professional</source>
        <translation>Nouveau professionnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. school nurse</source>
        <translation>p. ex. infirmière scolaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Basis of secrecy</source>
        <translation>Fondement du secret</translation>
    </message>
    <message>
        <source>profession, function or law, e.g. nurse (profession)</source>
        <translation>profession, fonction ou loi, p. ex. infirmier·ère (profession)</translation>
    </message>
    <message>
        <source>Bound by professional secrecy?</source>
        <translation>Tenu·e au secret professionnel ?</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>Sur quel fondement</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>They are added to the meeting and marked present at once; the gate checks the room again. A new professional is also saved to the directory.</source>
        <translation>La personne est ajoutée à la réunion et marquée présente aussitôt ; la porte vérifie à nouveau la salle. Un nouveau professionnel est aussi enregistré dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Add to the room</source>
        <translation>Ajouter à la salle</translation>
    </message>
    <message>
        <source>Everyone in the directory is already invited</source>
        <translation>Toutes les personnes de l&apos;annuaire sont déjà invitées</translation>
    </message>
    <message>
        <source>Choose who arrives.</source>
        <translation>Choisissez qui arrive.</translation>
    </message>
    <message>
        <source>Write the name of the person who arrives.</source>
        <translation>Écrivez le nom de la personne qui arrive.</translation>
    </message>
    <message>
        <source>Say whether they are bound by professional secrecy.</source>
        <translation>Dites si la personne est tenue au secret professionnel.</translation>
    </message>
    <message>
        <source>Write the basis of their secrecy (profession, function or law).</source>
        <translation>Écrivez le fondement de son secret (profession, fonction ou loi).</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>This passphrase does not open the workspace. Check it and try again. If you are sure it is right, the start of the file may be damaged: open a backup copy.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas l&apos;espace de travail. Vérifiez-la et réessayez. Si vous êtes sûr·e qu&apos;elle est juste, le début du fichier est peut-être endommagé : ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Your user account may not read this workspace file. Ask whoever manages this computer to give you access to it, or open another file.</source>
        <translation>Votre compte d&apos;utilisateur n&apos;a pas le droit de lire ce fichier d&apos;espace de travail. Demandez à la personne qui gère cet ordinateur de vous y donner accès, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>The field “{field}” holds a broken character (half of an emoji or symbol, often left by a copy and paste). Retype that part and save again: nothing was saved.</source>
        <translation>Le champ « {field} » contient un caractère cassé (la moitié d&apos;un émoji ou d&apos;un symbole, souvent laissée par un copier-coller). Retapez ce passage et enregistrez à nouveau : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This file is not an Empty Chair workspace, or it no longer exists.</source>
        <translation>Ce fichier n&apos;est pas un espace de travail La chaise vide, ou il n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This workspace file is damaged. Open a backup copy, or ask for help.</source>
        <translation>Ce fichier d&apos;espace de travail est endommagé. Ouvrez une copie de sauvegarde, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The workspace or its folder cannot be written. Choose another folder.</source>
        <translation>L&apos;espace de travail ou son dossier ne peut pas être modifié. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space.</source>
        <translation>Le disque est plein : la dernière modification n&apos;a pas été enregistrée. Libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>This workspace is already open in another Empty Chair window.</source>
        <translation>Cet espace de travail est déjà ouvert dans une autre fenêtre de La chaise vide.</translation>
    </message>
    <message>
        <source>It is open in process {pid} on {host}.</source>
        <translation>Il est ouvert par le processus {pid} sur {host}.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Empty Chair. Update the app.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de La chaise vide. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>A workspace already exists at this place. Choose another file name.</source>
        <translation>Un espace de travail existe déjà à cet endroit. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Stopped before the end, as asked: nothing was changed.</source>
        <translation>Arrêté avant la fin, comme demandé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose another one.</source>
        <translation>Cette phrase secrète ne peut pas être utilisée. Choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Shared items it rests on</source>
        <translation>Informations partagées sur lesquelles elle repose</translation>
    </message>
    <message>
        <source>Rests on the shared items:</source>
        <translation>Repose sur les informations partagées :</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Save the person&apos;s record</source>
        <translation>Enregistrer le dossier de la personne</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
</TS>

package dev.khabar.telegram;

import dev.khabar.answer.AnswerService;
import dev.khabar.api.BadRequest;
import dev.khabar.chat.QuestionValidator;
import dev.khabar.ingest.IngestionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * What the bot does with an update, however it arrived: a text message is a question (or a command) and gets the
 * cited answer as a reply; everything else is acknowledged and left alone. {@link #handle} never throws, so the
 * update can always be confirmed to Telegram; anything that goes wrong is logged.
 */
@ApplicationScoped
public class TelegramBot {

    private static final Logger LOG = Logger.getLogger(TelegramBot.class);

    static final String SLOW_DOWN = "You are sending messages faster than I can answer. Please wait a minute; "
            + "I will not answer the messages sent meanwhile.";
    static final String UNKNOWN_COMMAND = "I do not know that command. /help shows what I can do.";
    static final String FAILED = "Sorry, something went wrong while answering. Please try again later.";

    private final BotClient bot;
    private final AnswerService answers;
    private final QuestionValidator validator;
    private final IngestionService ingestion;
    private final ChatRateLimiter limiter;
    private final RecentUpdates recent;
    private final ReplyFormatter formatter = new ReplyFormatter();

    public TelegramBot(BotClient bot, AnswerService answers, QuestionValidator validator, IngestionService ingestion,
            ChatRateLimiter limiter, RecentUpdates recent) {
        this.bot = bot;
        this.answers = answers;
        this.validator = validator;
        this.ingestion = ingestion;
        this.limiter = limiter;
        this.recent = recent;
    }

    /** Each chat is one conversation, whoever writes in it. */
    static String conversationId(long chatId) {
        return "telegram-" + chatId;
    }

    public void handle(Update update) {
        if (!recent.firstTime(update.updateId())) {
            LOG.debugf("Update %d was handled already", update.updateId());
            return;
        }
        try {
            if (update.message() != null) {
                onMessage(update.message());
            } else if (update.callbackQuery() != null && update.callbackQuery().id() != null) {
                // The bot sends no buttons, but an unanswered callback leaves the user's client spinning.
                bot.call("answerCallbackQuery", new BotMethods.AnswerCallbackQuery(update.callbackQuery().id()));
            } else {
                LOG.debugf("Update %d is not a new message; ignored", update.updateId());
            }
        } catch (BotApiException e) {
            LOG.errorf("Update %d: reply not delivered: %s", update.updateId(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Update %d could not be handled", update.updateId());
        }
    }

    private void onMessage(Message m) throws BotApiException {
        if (m.chat() == null || m.text() == null || m.text().isBlank() || (m.from() != null && m.from().isBot())) {
            LOG.debugf("Message %d has no text to answer; ignored", m.messageId());
            return;
        }
        long chat = m.chat().id();
        switch (limiter.acquire(chat)) {
            case WARN -> {
                send(chat, formatter.text(SLOW_DOWN), m.messageId());
                return;
            }
            case DROP -> {
                LOG.debugf("Chat %d is over its rate limit; message %d not answered", chat, m.messageId());
                return;
            }
            case ANSWER -> {
            }
        }
        String text = m.text().strip();
        if (text.startsWith("/")) {
            command(chat, m.messageId(), text);
        } else {
            ask(chat, m.messageId(), text);
        }
    }

    private void command(long chat, long messageId, String text) throws BotApiException {
        String name = text.split("\\s+", 2)[0];
        int at = name.indexOf('@');
        name = (at < 0 ? name : name.substring(0, at)).toLowerCase(Locale.ROOT);
        List<String> reply = switch (name) {
            case "/start", "/help" -> formatter.help();
            case "/sources" -> formatter.articles(ingestion.corpus().statuses());
            default -> formatter.text(UNKNOWN_COMMAND);
        };
        send(chat, reply, messageId);
    }

    private void ask(long chat, long messageId, String text) throws BotApiException {
        String question;
        try {
            question = validator.validQuestion(text);
        } catch (BadRequest e) {
            send(chat, formatter.text("I cannot take this question: " + e.getMessage() + "."), messageId);
            return;
        }
        typing(chat);
        AnswerService.Result result;
        try {
            result = answers.answer(question, conversationId(chat));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Answering a question from chat %d failed", chat);
            send(chat, formatter.text(FAILED), messageId);
            return;
        }
        send(chat, formatter.answer(result.answer()), messageId);
    }

    /** "typing…" is a courtesy: when Telegram refuses it, the answer still goes out. */
    private void typing(long chat) {
        try {
            bot.call("sendChatAction", BotMethods.SendChatAction.typing(chat));
        } catch (BotApiException e) {
            LOG.warnf("Chat %d: %s", chat, e.getMessage());
        }
    }

    /** The first message of a reply answers the user's message; the rest follow it. */
    private void send(long chat, List<String> messages, long replyTo) throws BotApiException {
        for (int i = 0; i < messages.size(); i++) {
            bot.call("sendMessage", BotMethods.SendMessage.html(chat, messages.get(i), i == 0 ? replyTo : null));
        }
    }
}
